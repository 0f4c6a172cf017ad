// Jest stand-in for `office-addin-manifest`. The real package pulls in an ESM-only dependency
// that jest cannot load on Node 20; office-addin-mock only needs its OfficeApp enum.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}

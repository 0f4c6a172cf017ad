// Which ways out of the pane work where it runs (docs: office-notes.md). Decided from the Office
// platform alone, so the pane never offers a button that does nothing.

/** What the pane may offer for getting drafts out. */
export interface HostAbilities {
  /** Blob downloads (<a download>): Excel on the web and plain browsers; not the Windows or Mac panes. */
  readonly download: boolean;
  /** mailto: links: unreliable in Excel for Windows (office-js #5011); untried on Mac, so not offered there. */
  readonly mailto: boolean;
}

/**
 * The abilities of a platform as Office names it (`Office.context.platform`), or of a plain
 * browser (null: no Office host).
 *
 * @example
 * hostAbilities("OfficeOnline") //=> { download: true, mailto: true }
 * hostAbilities("PC")           //=> { download: false, mailto: false }
 */
export function hostAbilities(platform: string | null): HostAbilities {
  const browser = platform === null || platform === "OfficeOnline";
  return { download: browser, mailto: browser };
}

/**
 * What the pane says instead of a missing button.
 *
 * @example
 * missingWaysNote({ download: false, mailto: false })
 * //=> "This Excel cannot download files or open your mail app from a pane: use Write to Reminders sheet (for mail merge) or Copy."
 */
export function missingWaysNote(abilities: HostAbilities): string | null {
  if (abilities.download && abilities.mailto) return null;
  const missing = [!abilities.download && "download files", !abilities.mailto && "open your mail app"].filter(Boolean).join(" or ");
  return `This Excel cannot ${missing} from a pane: use Write to Reminders sheet (for mail merge) or Copy.`;
}

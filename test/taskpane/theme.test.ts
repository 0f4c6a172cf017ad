// theme.ts imports Fluent's setTheme (browser-only ESM); only the pure colour test is checked here.
jest.mock("@fluentui/web-components/theme/set-theme.js", () => ({ setTheme: () => undefined }));
jest.mock("@fluentui/tokens", () => ({ webLightTheme: {}, webDarkTheme: {} }));
import { isDarkBackground } from "../../src/taskpane/theme";

describe("Office theme", () => {
  it.each([
    ["#262626", true], // Office "Black"
    ["#000000", true],
    ["#ffffff", false], // Office "White"
    ["#E6E6E6", false], // Office "Colorful" body
    ["", null],
    [undefined, null],
    ["red", null],
  ])("background %p is dark: %p", (color, dark) => expect(isDarkBackground(color)).toBe(dark));
});

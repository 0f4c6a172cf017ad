// Light or dark: the Office theme when the host tells it, else the system's colour scheme.
import { setTheme } from "@fluentui/web-components/theme/set-theme.js";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";

import type { OfficeThemeColors } from "../excel";

/**
 * Whether a background colour (#rrggbb) is dark: relative luminance below one half.
 *
 * @example
 * isDarkBackground("#262626") //=> true
 * isDarkBackground("#ffffff") //=> false
 * isDarkBackground("")        //=> null (unknown)
 */
export function isDarkBackground(color: string | undefined): boolean | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? "");
  if (!match) return null;
  const [red, green, blue] = [match[1], match[2], match[3]].map((hex) => parseInt(hex ?? "0", 16) / 255) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5;
}

let officeColors: OfficeThemeColors | undefined;
let listening = false;

/**
 * Applies the Fluent light or dark tokens and marks `<html data-theme>` for the pane's own CSS.
 * Call again when Office tells its theme (after Office.onReady); while Office does not say, later
 * changes of the system scheme are followed.
 */
export function followTheme(officeTheme: OfficeThemeColors | undefined): void {
  officeColors = officeTheme ?? officeColors;
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    const dark = isDarkBackground(officeColors?.bodyBackgroundColor) ?? media.matches;
    setTheme(dark ? webDarkTheme : webLightTheme);
    document.documentElement.dataset["theme"] = dark ? "dark" : "light";
  };
  apply();
  if (!listening) media.addEventListener("change", apply);
  listening = true;
}

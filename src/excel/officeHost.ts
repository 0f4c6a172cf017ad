/// <reference types="office-js" />
/*
 * The pane's only contact with Office outside the workbook: is it running inside an Office
 * host, and which theme does Office show. Kept here so that src/taskpane never calls Office.js.
 */

/** Where the pane runs: the host and platform, or nulls outside Office (a plain browser). */
export interface OfficeHostInfo {
  readonly host: string | null;
  readonly platform: string | null;
}

/** What Office reports of its theme; only the background decides light or dark. */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor?: string;
}

/**
 * Resolves when Office is ready, with the host it runs in. office.js comes from a CDN and may be
 * blocked or offline, and Office.onReady may never settle outside Office: both give nulls.
 *
 * @example
 * await whenOfficeReady() //=> { host: "Excel", platform: "OfficeOnline" }
 */
export async function whenOfficeReady(): Promise<OfficeHostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { host: null, platform: null };
  try {
    const info = await Office.onReady();
    return { host: info.host === null ? null : String(info.host), platform: info.platform === null ? null : String(info.platform) };
  } catch {
    return { host: null, platform: null }; // no Office host: the pane shows how to open it from Excel
  }
}

/**
 * The theme Office shows, once known (undefined outside Office or before Office is ready).
 *
 * @example
 * officeTheme()?.bodyBackgroundColor //=> "#1f1f1f"
 */
export function officeTheme(): OfficeThemeColors | undefined {
  if (typeof Office === "undefined") return undefined;
  return (Office.context as Office.Context | undefined)?.officeTheme;
}

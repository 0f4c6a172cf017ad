/// <reference types="office-js" />
import type { ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";

/** Wait before the one retry when Excel is in cell-edit mode (the user may press Enter meanwhile). */
export const cellEditRetryDelayMs = 300;

/**
 * Runs a batch with `Excel.run` and turns Office's errors into values: Excel in cell-edit mode
 * is retried once (as Script Lab does), then reported; known codes get a message from the
 * catalog, other Office errors their code and Excel's message. Anything that is not an Office
 * error is a bug and is thrown on.
 *
 * @example
 * await runExcel(async (context) => { ...; await context.sync(); return 1; }) //=> 1, or { error, code }
 */
export async function runExcel<T>(body: (context: Excel.RequestContext) => Promise<T>): Promise<T | ExcelFailure> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await Excel.run(body);
    } catch (error) {
      const code = officeErrorCode(error);
      // Not an Office error, or one that only a bug of ours can cause: not the user's to handle.
      if (code === null || code === "PropertyNotLoaded") throw error;
      if (code === "InvalidOperationInCellEditMode" && attempt === 1) {
        await new Promise((resolve) => setTimeout(resolve, cellEditRetryDelayMs));
        continue;
      }
      return { error: messageOf(code, error), code };
    }
  }
}

/**
 * The code of an Office error (OfficeExtension.Error: `code` and `debugInfo`), or null for
 * anything else.
 *
 * @example
 * officeErrorCode({ code: "ItemNotFound", message: "…", debugInfo: {} }) //=> "ItemNotFound"
 * officeErrorCode(new TypeError("x")) //=> null
 */
export function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("debugInfo" in error) || !("code" in error)) return null;
  return typeof error.code === "string" ? error.code : null;
}

/**
 * Whether Excel refused a request or its answer as too large (5 MB on the web): read or write
 * smaller chunks.
 *
 * @example
 * isPayloadTooLarge({ code: "ResponsePayloadSizeLimitExceeded", debugInfo: {} }) //=> true
 */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = officeErrorCode(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

const known: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: excelMessages.cellEditMode,
  RequestPayloadSizeLimitExceeded: excelMessages.payloadTooLarge,
  ResponsePayloadSizeLimitExceeded: excelMessages.payloadTooLarge,
  ItemNotFound: excelMessages.itemNotFound,
  AccessDenied: excelMessages.accessDenied,
  ApiNotFound: excelMessages.apiNotFound,
};

function messageOf(code: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return known[code] ?? excelMessages.officeError(code, message);
}

/** CustomFunctions.ErrorCode as Excel's runtime defines it: one table for every stand-in (Node and the browser). */
export const customFunctionErrorCodes = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

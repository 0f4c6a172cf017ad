/**
 * A workbook the desk cannot save without losing something of the user's: the message names
 * what would be lost, and nothing is written (never a silently degraded file).
 *
 * @example
 * throw new SaveRefusal("the shared formula in Notes!B2 that other cells copy")
 */
export class SaveRefusal extends Error {
  constructor(readonly lost: string) {
    super(`Dunning Desk did not save this workbook: saving it would lose ${lost}. Nothing was written; the original file is unchanged.`);
    this.name = "SaveRefusal";
  }
}

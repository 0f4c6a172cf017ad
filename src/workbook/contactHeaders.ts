/** The aging-list columns the desk writes when marking (created right of the list when missing). */
export type DeskColumn = "lastContact" | "remindersSent" | "dunningStatus";

/**
 * The headers of the columns the desk creates when the block lacks them. Dunning status is the
 * desk's own: ladder steps that are not contacts, never written into the user's Status column.
 *
 * @example
 * deskColumnHeaders.dunningStatus //=> "Dunning status"
 */
export const deskColumnHeaders: Readonly<Record<DeskColumn, string>> = { lastContact: "Last contact", remindersSent: "Reminders sent", dunningStatus: "Dunning status" };

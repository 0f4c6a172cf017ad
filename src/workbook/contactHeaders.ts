/**
 * The headers of the columns `recordContacts` creates when the block lacks them.
 *
 * @example
 * contactHeaders.remindersSent //=> "Reminders sent"
 */
export const contactHeaders = { lastContact: "Last contact", remindersSent: "Reminders sent" } as const;

import { exitCodeMeanings } from "./exitCodes";

/**
 * The text of `dunning-desk --help`: commands, options, exit codes and examples.
 *
 * @example
 * helpText("0.1.0").startsWith("dunning-desk 0.1.0") //=> true
 */
export function helpText(version: string): string {
  const codes = exitCodeMeanings.map(([code, meaning]) => `  ${String(code).padStart(2)}  ${meaning}`).join("\n");
  return `dunning-desk ${version}: collections work on an aging workbook (.xlsx), without Excel

Usage:
  dunning-desk analyze  <file.xlsx> [options]
  dunning-desk annotate <file.xlsx> -o <out.xlsx> [options]
  dunning-desk remind   <file.xlsx> [--out <dir>] [-o <out.xlsx>] [options]
  dunning-desk mark-sent <file.xlsx> (--draft <id>… | --all) -o <out.xlsx> [--by <name>]
  dunning-desk customers <file.xlsx> [options]
  dunning-desk today    <file.xlsx> [--draft [--out <dir>] [-o <out.xlsx>]] [options]
  dunning-desk record <promise|plan|dispute|resolved|call> <file.xlsx>
                      (--invoice <number>… | --customer <name>…) -o <out.xlsx> [--by <name>]

Commands:
  analyze   The figures of the Analyze panel: totals, aging buckets, top customers,
            invoices per next action, and every row problem with its cell.
  annotate  Adds the AR formula columns (Days overdue, Bucket, Next action, Reason,
            Settle offer, Next contact; values cached for readers without the add-in),
            the "AR Summary" sheet and the "Dunning Policy" sheet they read, into a new
            workbook. Cells in the way are listed and nothing is written unless --force.
            First, as remind does, it restores each invoice's Last contact, Reminders
            sent and Dunning status from the workbook's Contact Log where the list holds
            less (a fresh export pasted over a worked list); --no-restore skips it.
  remind    One reminder per customer and currency at the playbook's stage: an .eml
            draft per email (a .txt letter for a customer without email) in --out <dir>,
            and the Reminders sheet in -o <out.xlsx>. Rows not drafted are listed with
            the reason (paid, disputed, promise not due, contact gap R17, heading, total…).
            Without --out and -o it only reports what it would draft. State lost to a
            fresh export is restored from the Contact Log first (see annotate).
  mark-sent Marks messages of the Reminders sheet as sent, as the pane's Mark as sent:
            a Contact Log row each (with --by, default the OS user), then Last contact
            and Reminders sent on their rows; Ask sales records "sales asked <date>" and a
            settlement offer "offered <date> until <date>" in the Dunning status column.
            --as-of is the day sent. The list must still draft the same messages (exit 11).
  customers One line per customer and currency: open, overdue, not yet due, oldest age,
            the next action and contact day, last contact, reminders, promise (open, kept,
            broken), dispute, hardship, channel, repeat late payer (R24), credit hold, and
            the value at stake (what one more contact cycle of waiting is expected to cost).
  today     The worklist: customers whose next contact day is today or past, most at stake
            first, with the step, the medium (email, call, letter) and the reason. --draft
            drafts exactly those customers, as remind does (with its --out and -o).
  record    Records a step taken outside the desk on the invoices named, as the pane's
            Record buttons: a promise to pay (--pay-by, optional --amount), a payment
            plan agreed (--instalments, --first, --every), a dispute opened or resolved,
            a call made. A Contact Log row per invoice (with --by), then the step in the
            Dunning status column ("promised <date> to pay by <date>", "plan agreed …",
            "dispute opened <date>", "called <date>"); a call also sets Last contact
            and raises Reminders sent. --as-of is the day of the step.

Options:
  --as-of <yyyy-mm-dd>  the day the figures are for (default: today); annotate also
                        writes it as the policy sheet's as-of date
  --policy <file>       policy settings over the workbook's own policy sheet: a JSON
                        object ({"graceDays": 14, "senderEmail": "ar@example.com"}) or an
                        .xlsx whose "Dunning Policy" sheet is read
  --sheet <name>        the sheet of the aging list (default: the active sheet, else the
                        first sheet with a recognisable header row)
  --lang <en|id|lv|th>  language of reminders for customers whose row names none, over
                        the policy's language and the headers' language
  --currency <code>     the list's currency (EUR, IDR, THB, USD…), over what the sheet
                        shows; a currency column still decides its own rows. Needed
                        when a sheet whose headers are not English shows a bare "$"
  -o, --output <file>   the workbook to write (annotate, remind, mark-sent, record)
  --out <path>          annotate: same as -o; remind: the folder for the drafts (--drafts)
  --in-place            write into the input workbook itself, keeping the original
                        beside it as <name>.backup.xlsx (numbered when that exists)
  --no-backup           with --in-place: keep no copy of the original
  -f, --force           overwrite existing output files, cells where the AR columns go,
                        an earlier batch on the Reminders sheet, and formulas or foreign
                        entries in cells the restore from the Contact Log fills
  --from <address>      remind: From of the .eml drafts (default: the policy's senderEmail)
  --customer <name>     remind: only this customer (repeat for several)
  --override-gap        remind: draft even when the last contact is less than the
                        minimum gap ago (R17), as the pane's checkbox
  --no-restore          annotate, remind: leave the list's Last contact, Reminders sent
                        and Dunning status as they are (no restore from the Contact Log);
                        analyze says how many invoices they would restore unless given it;
                        customers and today restore in memory only (they save nothing)
  --draft <id>          mark-sent: the draft id of a message on the Reminders sheet (repeat)
  --all                 mark-sent: every message on the Reminders sheet
  --draft               today: draft the worklist (as remind; --out, -o, --from apply)
  --by <name>           mark-sent, record: who marks them, for the Contact Log (default:
                        the OS user)
  --invoice <number>    record: an invoice of the list (repeat; with --customer when two
                        customers share the number)
  --customer <name>     record: every invoice of this customer (repeat for several)
  --pay-by <yyyy-mm-dd> record promise: the day the customer promised to pay by
  --amount <number>     record promise: the amount promised (optional, with a point)
  --instalments <n>     record plan: the number of instalments (1–120)
  --first <yyyy-mm-dd>  record plan: the day of the first instalment
  --every <interval>    record plan: monthly (default), quarterly, weekly, biweekly or a
                        number of days, as AR.PAYMENTPLAN
  --note <text>         record: a note for the Contact Log
  --json                machine-readable result on stdout (errors too: {"ok": false, …})
  -q, --quiet           no progress and no summary line on stderr
  -h, --help            this text
  -V, --version         the version

The input workbook is never overwritten unless --in-place (or -o naming it, with --force).
Every file is written whole or not at all: into a temporary file beside it, renamed at the
end; Ctrl+C or SIGTERM removes it, and a run killed outright (kill -9) leaves one that the
next run on the same output removes. remind writes its drafts into a new folder all at once;
into an existing folder, _INCOMPLETE_BATCH.dunning-desk stays there until every draft is in.
Progress goes to stderr when it is a terminal; a one-line summary always (unless --quiet).
Every command says which currency it read and from where (a currency column, the amounts'
text or number format, the amount header, or the policy); amounts are never added across
currencies.

Exit codes:
${codes}

Examples:
  dunning-desk analyze ar.xlsx --as-of 2026-02-15
  dunning-desk annotate ar.xlsx -o ar-annotated.xlsx
  dunning-desk remind ar.xlsx --out drafts --from ar@example.com -o ar-reminders.xlsx
  dunning-desk mark-sent ar-reminders.xlsx --all --in-place --by "Dana"
`;
}

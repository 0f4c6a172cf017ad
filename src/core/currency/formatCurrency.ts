// Building an Intl.NumberFormat costs far more than using one: a batch of 10,000 reminders spent
// three quarters of its rendering time there before the formatters were kept (bench/mail.bench.ts).
const formats = new Map<string, Intl.NumberFormat>();

/**
 * An amount in a currency as Intl writes it for a locale: symbol, grouping, decimals and their
 * order as readers of that language expect ("Rp 12.500.000", "1 234,50 €", "฿1,234.50").
 *
 * @param amount - the amount
 * @param code - an ISO 4217 code
 * @param locale - a BCP 47 locale ("en-US", "id-ID", "lv-LV", "th-TH")
 *
 * @example
 * formatCurrency(1234.5, "EUR", "lv-LV") //=> "1 234,50 €"
 * formatCurrency(12500000, "IDR", "id-ID") //=> "Rp 12.500.000"
 */
export function formatCurrency(amount: number, code: string, locale: string): string {
  const key = `${locale} ${code}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency: code });
    formats.set(key, format);
  }
  return format.format(amount);
}

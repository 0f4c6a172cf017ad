import type { Language } from "./vocabulary";

/** The facts an aging sheet's columns can hold, in the order the pane lists them. */
export const fields = [
  "customer", "invoice", "invoiceDate", "dueDate", "balance", "amount", "daysOverdue", "email", "phone", "lastContact",
  "remindersSent", "status", "dunningStatus", "notes", "promiseDate", "currency", "language", "channel", "terms", "margin", "escalationContact", "accountOwner",
  "customerSince", "policySet", "creditLimit",
] as const;

export type Field = (typeof fields)[number];

/** The languages of the synonym table; `en` also holds the accounting packages' words. */
export type HeaderLanguage = Language;

/**
 * Header texts that name each field, per language, as they appear in real sheets. English adds the
 * vocabulary of QuickBooks (Num, Name, Open Balance, Aging, Past Due), Xero (Contact, Invoice
 * Number, Overdue, Amount Due), Sage (Outstanding, Inv No), Odoo (Partner, Number, Salesperson)
 * and MYOB (Co./Last Name, Balance Due); Indonesian adds Accurate's (Tgl Faktur, Sisa Piutang).
 * Entries are matched after `foldHeaderText`, so case, accents and a trailing "(IDR)" do not matter.
 * A bare "Due" is left out on purpose: Xero means the amount due, hand-made sheets the due date.
 *
 * @example
 * columnSynonyms.balance.lv //=> ["atlikums", "saldo", …]
 */
export const columnSynonyms: Readonly<Record<Field, Readonly<Record<HeaderLanguage, readonly string[]>>>> = {
  customer: {
    en: ["customer", "customer name", "client", "client name", "debtor", "debtor name", "account name", "name", "contact", "contact name", "company", "company name", "bill to", "partner", "card name", "co./last name", "customer:job", "customer full name"],
    id: ["pelanggan", "nama pelanggan", "klien", "nama klien", "debitur", "nama debitur", "nama", "konsumen", "nama konsumen"],
    lv: ["klients", "klienta nosaukums", "pircējs", "pircēja nosaukums", "debitors", "parādnieks"],
    th: ["ลูกค้า", "ชื่อลูกค้า", "ลูกหนี้", "ชื่อลูกหนี้"],
  },
  invoice: {
    en: ["invoice", "invoice no.", "invoice number", "invoice #", "invoice num", "invoice id", "inv no.", "inv #", "inv", "num", "number", "doc no.", "document no.", "document number", "reference", "ref", "ref no.", "transaction no."],
    id: ["faktur", "no. faktur", "nomor faktur", "no. invoice", "nomor invoice", "no. bukti"],
    lv: ["rēķins", "rēķina nr.", "rēķina numurs", "dokumenta nr.", "dokumenta numurs", "dok. nr."],
    th: ["เลขที่ใบแจ้งหนี้", "ใบแจ้งหนี้", "เลขที่ใบกำกับภาษี", "ใบกำกับภาษี", "เลขที่เอกสาร"],
  },
  invoiceDate: {
    en: ["invoice date", "date", "inv date", "document date", "doc date", "transaction date", "txn date", "issue date", "date issued"],
    id: ["tanggal faktur", "tgl faktur", "tanggal", "tgl", "tanggal invoice", "tgl invoice"],
    lv: ["rēķina datums", "datums", "dokumenta datums", "izrakstīšanas datums"],
    th: ["วันที่ใบแจ้งหนี้", "วันที่", "วันที่เอกสาร", "วันที่ออกใบแจ้งหนี้", "วันที่ใบกำกับภาษี"],
  },
  dueDate: {
    en: ["due date", "date due", "due on", "due by", "payment due", "payment due date", "maturity date"],
    id: ["jatuh tempo", "tanggal jatuh tempo", "tgl jatuh tempo", "tgl jth tempo", "jth tempo"],
    lv: ["apmaksas termiņš", "samaksas termiņš", "maksājuma termiņš", "termiņš", "apmaksāt līdz"],
    th: ["วันครบกำหนด", "วันที่ครบกำหนด", "ครบกำหนด", "วันครบกำหนดชำระ", "วันที่ครบกำหนดชำระ", "กำหนดชำระ"],
  },
  balance: {
    en: ["balance", "open balance", "amount due", "balance due", "total due", "due amount", "outstanding", "outstanding balance", "outstanding amount", "amount outstanding", "open amount", "remaining", "remaining balance", "unpaid", "unpaid amount", "amount owing", "residual"],
    id: ["sisa tagihan", "sisa", "saldo", "saldo piutang", "sisa piutang", "piutang", "terutang", "jumlah terutang", "belum dibayar", "sisa bayar"],
    lv: ["atlikums", "saldo", "parāds", "neapmaksātā summa", "nesamaksātā summa", "atlikusī summa"],
    th: ["ยอดคงค้าง", "ยอดค้างชำระ", "คงค้าง", "ยอดคงเหลือ", "ค้างชำระ", "จำนวนเงินค้างชำระ", "ยอดเงินคงค้าง"],
  },
  amount: {
    en: ["amount", "total", "invoice amount", "invoice total", "original amount", "total amount", "gross amount", "invoice value"],
    id: ["jumlah", "total", "nilai faktur", "total faktur", "jumlah faktur", "nilai", "jumlah tagihan", "nominal"],
    lv: ["summa", "kopā", "rēķina summa", "summa kopā", "kopsumma"],
    th: ["จำนวนเงิน", "ยอดเงิน", "ยอดรวม", "จำนวนเงินรวม", "มูลค่า"],
  },
  daysOverdue: {
    en: ["days overdue", "days past due", "overdue", "overdue days", "past due", "days late", "aging", "dpd"],
    id: ["hari terlambat", "terlambat", "jumlah hari terlambat", "lewat jatuh tempo", "hari lewat jatuh tempo"],
    lv: ["kavējuma dienas", "kavējums"],
    th: ["จำนวนวันค้างชำระ", "วันค้างชำระ", "จำนวนวันที่ค้างชำระ", "จำนวนวันเกินกำหนด", "วันเกินกำหนด", "เกินกำหนด"],
  },
  email: {
    en: ["email", "e-mail", "email address", "e-mail address", "contact email", "billing email", "customer email", "mail"],
    id: ["surel", "alamat email", "alamat surel"],
    lv: ["e-pasts", "epasts", "e-pasta adrese"],
    th: ["อีเมล", "อีเมล์", "ที่อยู่อีเมล"],
  },
  phone: {
    en: ["phone", "phone number", "telephone", "tel", "mobile", "contact number", "cell"],
    id: ["telepon", "telpon", "telp", "no. telp", "nomor telepon", "no. hp", "hp", "handphone"],
    lv: ["tālrunis", "tālr.", "telefons", "mobilais tālrunis", "tālruņa numurs"],
    th: ["โทรศัพท์", "เบอร์โทร", "เบอร์โทรศัพท์", "โทร", "มือถือ"],
  },
  lastContact: {
    en: ["last contact", "last contacted", "last contact date", "last reminder", "last reminder date", "last follow-up", "date contacted", "last chased"],
    id: ["kontak terakhir", "tanggal kontak terakhir", "terakhir dihubungi", "penagihan terakhir", "pengingat terakhir"],
    lv: ["pēdējais kontakts", "pēdējā saziņa", "pēdējais atgādinājums"],
    th: ["ติดต่อล่าสุด", "วันที่ติดต่อล่าสุด", "ทวงถามล่าสุด"],
  },
  remindersSent: {
    en: ["reminders sent", "reminders", "reminder count", "number of reminders", "no. of reminders", "dunning level", "reminder level"],
    id: ["pengingat terkirim", "jumlah pengingat", "pengingat"],
    lv: ["atgādinājumi", "nosūtītie atgādinājumi", "atgādinājumu skaits"],
    th: ["จำนวนครั้งที่ทวงถาม", "จำนวนครั้งที่เตือน", "จำนวนการแจ้งเตือน"],
  },
  status: {
    en: ["status", "collection status"],
    id: ["status penagihan"],
    lv: ["statuss", "stāvoklis"],
    th: ["สถานะ"],
  },
  // The desk's own column of ladder steps (ladderState.ts): its header is the desk's, in English.
  dunningStatus: { en: ["dunning status"], id: [], lv: [], th: [] },
  notes: {
    en: ["notes", "note", "memo", "comments", "comment", "remarks", "remark", "collection notes", "collector notes", "collection comments", "notes comments"],
    id: ["keterangan", "ket", "catatan", "catatan penagihan", "komentar", "memo"],
    lv: ["piezīmes", "piezīme", "komentārs", "komentāri", "paskaidrojumi"],
    th: ["หมายเหตุ", "บันทึก", "ความคิดเห็น"],
  },
  promiseDate: {
    en: ["promise date", "promised date", "promise to pay", "promised by", "ptp", "ptp date", "payment promise"],
    id: ["janji bayar", "tanggal janji bayar", "tgl janji bayar", "janji pembayaran"],
    lv: [],
    th: ["วันนัดชำระ", "วันที่นัดชำระ", "นัดชำระ"],
  },
  currency: {
    en: ["currency", "currency code", "ccy", "curr"],
    id: ["mata uang", "valuta"],
    lv: ["valūta"],
    th: ["สกุลเงิน"],
  },
  language: {
    en: ["language", "lang", "locale", "preferred language"],
    id: ["bahasa"],
    lv: ["valoda"],
    th: ["ภาษา"],
  },
  channel: {
    en: ["channel", "contact channel", "preferred channel", "contact method", "preferred contact"],
    id: ["saluran", "saluran kontak"],
    lv: ["kanāls", "saziņas kanāls"],
    th: ["ช่องทาง", "ช่องทางติดต่อ"],
  },
  terms: {
    en: ["terms", "payment terms", "credit terms", "terms of payment"],
    id: ["termin", "termin pembayaran", "syarat pembayaran"],
    lv: ["apmaksas nosacījumi", "samaksas nosacījumi"],
    th: ["เงื่อนไขการชำระเงิน", "เงื่อนไขการชำระ"],
  },
  margin: {
    en: ["margin", "gross margin", "profit margin"],
    id: ["marjin", "margin laba"],
    lv: ["marža", "peļņas marža"],
    th: ["อัตรากำไร", "อัตรากำไรขั้นต้น"],
  },
  escalationContact: {
    en: ["cc", "escalation contact", "escalation email", "escalate to", "finance manager", "manager email"],
    id: ["tembusan", "manajer keuangan"],
    lv: ["finanšu vadītājs"],
    th: ["สำเนาถึง", "ผู้จัดการฝ่ายการเงิน"],
  },
  accountOwner: {
    en: ["account owner", "owner", "account manager", "salesperson", "sales person", "sales rep", "rep", "salesman", "collector", "assigned to"],
    id: ["penjual", "tenaga penjual", "sales", "pemilik akun", "penanggung jawab", "kolektor"],
    lv: ["atbildīgais", "pārdevējs"],
    th: ["พนักงานขาย", "ผู้ดูแลบัญชี", "ผู้รับผิดชอบ"],
  },
  // R15: how long the relationship has lasted. A bare "since" is left out: too many headers end with it.
  customerSince: {
    en: ["customer since", "client since", "customer start date", "account opened", "account open date", "relationship since", "first invoice date"],
    id: ["pelanggan sejak", "klien sejak", "tanggal bergabung", "mulai berlangganan"],
    lv: ["klients kopš", "sadarbība kopš", "sadarbības sākums"],
    th: ["เป็นลูกค้าตั้งแต่", "ลูกค้าตั้งแต่", "วันที่เริ่มเป็นลูกค้า"],
  },
  // Policy per customer: the name of a policy set (a column of the policy sheet), e.g. strict, gentle.
  policySet: {
    en: ["policy set", "policy", "dunning policy", "collection policy", "dunning profile", "collection profile"],
    id: ["kebijakan", "kebijakan penagihan", "profil penagihan"],
    lv: ["politika", "piedziņas politika", "atgādinājumu politika"],
    th: ["นโยบาย", "นโยบายการทวงถาม", "นโยบายการติดตามหนี้"],
  },
  // The customer's credit limit (QuickBooks' and Accurate's customer lists carry it): over it, hold new orders.
  creditLimit: {
    en: ["credit limit", "credit line", "credit limit amount", "limit"],
    id: ["batas kredit", "limit kredit", "plafon kredit", "plafon"],
    lv: ["kredītlimits", "kredīta limits"],
    th: ["วงเงินเครดิต", "วงเงินสินเชื่อ"],
  },
};

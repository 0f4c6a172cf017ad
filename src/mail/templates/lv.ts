import type { LanguagePack } from "./template";

/**
 * Latvian reminders, formal "Jūs" register, courteous at every stage (R18).
 *
 * @example
 * lv.templates.Reminder.subject //=> "Atgādinājums par maksājumu: {{total}}"
 */
export const lv: LanguagePack = {
  locale: "lv-LV",
  labels: {
    invoice: "Rēķins", invoiceDate: "Rēķina datums", dueDate: "Apmaksas termiņš", daysOverdue: "Kavējums (dienas)",
    balance: "Atlikums", total: "Kopā", dueTable: "Apmaksājams (atskaitot kredītrēķinus)", notYetDueTable: "Termiņš vēl nav pienācis (informācijai, netiek pieprasīts)",
    amountAsked: "Mēs lūdzam samaksāt {total}: apmaksājamo rēķinu summu, atskaitot kredītrēķinus. Rēķini, kuru termiņš vēl nav pienācis, norādīti tikai informācijai.", agreedTerms: "nolīgtajiem apmaksas noteikumiem", none: "-",
    nextStep: {
      Agency: "nodot parāda piedziņu parādu piedziņas uzņēmumam",
      "Small claims": "iesniegt tiesā maza apmēra prasību",
      Attorney: "nodot lietu mūsu advokātam",
    },
  },
  templates: {
    "Courtesy reminder": {
      subject: "Atgādinājums: tuvojas rēķinu apmaksas termiņš",
      body: "Labdien, {{customer}}!\n\nVēlamies Jūs laipni informēt, ka tuvojas šādu rēķinu apmaksas termiņš:\n\n{{invoices}}\n\nJa maksājums jau ir veikts, pateicamies un lūdzam šo vēstuli neņemt vērā.\n\nAr cieņu\n{{sender}}",
    },
    Reminder: {
      subject: "Atgādinājums par maksājumu: {{total}}",
      body: "Labdien, {{customer}}!\n\nSaskaņā ar mūsu uzskaites datiem šādi rēķini vēl nav apmaksāti:\n\n{{invoices}}\n\nLūdzam samaksāt {{total}} līdz {{payBy}} saskaņā ar {{terms}}. Ja maksājums jau ir veikts, pateicamies un lūdzam mūs informēt, lai varam atjaunināt savus datus.\n\nAr cieņu\n{{sender}}",
    },
    Consequences: {
      subject: "Otrais atgādinājums par maksājumu: {{total}}",
      body: "Labdien, {{customer}}!\n\nNesen rakstījām Jums par zemāk norādītajiem rēķiniem, taču līdz šim neesam saņēmuši ne maksājumu, ne atbildi:\n\n{{invoices}}\n\nMaksājumu kavējumi ietekmē mūsu finanšu plānošanu, un tie var likt mums pārskatīt piedāvātos kredīta nosacījumus. Saskaņā ar {{terms}} laipni lūdzam samaksāt {{total}} līdz {{payBy}}. Ja maksājumu kavē kāds iemesls, lūdzu, atbildiet mums, un mēs labprāt to kopīgi izskatīsim.\n\nAr cieņu\n{{sender}}",
    },
    Incentive: {
      subject: "Piedāvājums rēķinu apmaksai ar atlaidi",
      body: "Labdien, {{customer}}!\n\nŠādi rēķini vēl nav apmaksāti:\n\n{{invoices}}\n\nLai atvieglotu norēķinus, ar prieku piedāvājam atlaidi {{discount}} apmērā, ja līdz {{payBy}} samaksāsiet {{offer}} kopsummas {{total}} vietā.\n\nJa Jums ir kādi jautājumi, lūdzu, sazinieties ar mums.\n\nAr cieņu\n{{sender}}",
    },
    "Payment plan": {
      subject: "Maksājumu grafika piedāvājums",
      body: "Labdien, {{customer}}!\n\nSaprotam, ka situācija mēdz būt sarežģīta. Par šiem rēķiniem, kuru kopsumma ir {{total}}:\n\n{{invoices}}\n\npiedāvājam šādu maksājumu grafiku:\n\n{{schedule}}\n\nJa šis grafiks Jums der, lūdzu, apstipriniet to, atbildot uz šo e-pastu, un mēs nosūtīsim rakstisku vienošanos. Esam gatavi apspriest arī citu grafiku.\n\nAr cieņu\n{{sender}}",
    },
    "Broken promise": {
      subject: "Par solīto maksājumu",
      body: "Labdien, {{customer}}!\n\nPateicamies, ka iepriekš apņēmāties apmaksāt zemāk norādītos rēķinus. Diemžēl maksājumu vēl neesam saņēmuši:\n\n{{invoices}}\n\nLaipni lūdzam samaksāt {{total}} līdz {{payBy}} vai sazināties ar mums, lai kopīgi vienotos par jaunu datumu.\n\nAr cieņu\n{{sender}}",
    },
    "Ask sales": {
      subject: "Iekšēji: klienta {{customer}} neapmaksātie rēķini",
      body: "Labdien!\n\nKlients {{customer}} nav apmaksājis šos rēķinus, lai gan esam vairākkārt atgādinājuši:\n\n{{invoices}}\n\nLūdzu, pārbaudiet, vai klientam nav sūdzību vai problēmu ar produktu, pirms turpinām. Kopējā neapmaksātā summa: {{total}}.\n\nPaldies\n{{sender}}",
    },
    "Follow up": {
      subject: "Atkārtots atgādinājums par maksājumu: {{total}}",
      body: "Labdien, {{customer}}!\n\nVēlamies vēlreiz atgādināt par šiem neapmaksātajiem rēķiniem:\n\n{{invoices}}\n\nBūsim pateicīgi, ja samaksāsiet {{total}} līdz {{payBy}}. Ja Jums palīdzētu maksājumu grafiks, labprāt to apspriedīsim.\n\nAr cieņu\n{{sender}}",
    },
    "Settlement offer": {
      subject: "Izlīguma piedāvājums par neapmaksātajiem rēķiniem",
      body: "Labdien, {{customer}}!\n\nŠādi rēķini par kopējo summu {{total}} joprojām nav apmaksāti:\n\n{{invoices}}\n\nLai šo jautājumu atrisinātu, esam gatavi pieņemt {{offer}} kā pilnu norēķinu, ja summa tiks samaksāta līdz {{deadline}}.\n\nCeram, ka šis piedāvājums Jums palīdzēs, un gaidām Jūsu atbildi.\n\nAr cieņu\n{{sender}}",
    },
    "Final notice": {
      subject: "Pēdējais paziņojums par maksājumu: {{total}}",
      body: "Labdien, {{customer}}!\n\nNeraugoties uz mūsu iepriekšējām vēstulēm, šādi rēķini joprojām nav apmaksāti:\n\n{{invoices}}\n\nSaskaņā ar {{terms}} lūdzam samaksāt {{total}} līdz {{deadline}}. Ja līdz šim datumam nesaņemsim maksājumu vai ziņu no Jums, mūsu nākamais solis būs {{nextStep}}. Mēs labprāt atrisinātu šo jautājumu tieši ar Jums, tāpēc, lūdzu, sazinieties ar mums, ja vēlaties ko pārrunāt.\n\nAr cieņu\n{{sender}}",
    },
  },
};

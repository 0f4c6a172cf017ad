import type { LanguagePack } from "./template";

/**
 * Indonesian reminders, formal business register ("Bapak/Ibu"), courteous at every stage (R18).
 *
 * @example
 * id.templates.Reminder.subject //=> "Pengingat pembayaran: {{total}} belum dibayar"
 */
export const id: LanguagePack = {
  locale: "id-ID",
  labels: {
    invoice: "Faktur", invoiceDate: "Tanggal faktur", dueDate: "Jatuh tempo", daysOverdue: "Hari terlambat",
    balance: "Sisa tagihan", total: "Total", dueTable: "Sudah jatuh tempo (dikurangi nota kredit)", notYetDueTable: "Belum jatuh tempo (sebagai informasi, belum ditagih)",
    amountAsked: "Jumlah yang kami minta, {total}, adalah total faktur yang sudah jatuh tempo dikurangi nota kredit. Faktur yang belum jatuh tempo dicantumkan hanya sebagai informasi.", agreedTerms: "ketentuan pembayaran yang telah disepakati", none: "-",
    nextStep: {
      Agency: "menyerahkan penagihan kepada agen penagihan",
      "Small claims": "mengajukan gugatan sederhana ke pengadilan",
      Attorney: "menyerahkan perkara ini kepada kuasa hukum kami",
    },
  },
  templates: {
    "Courtesy reminder": {
      subject: "Pemberitahuan: faktur akan segera jatuh tempo",
      body: "Yth. Bapak/Ibu {{customer}},\n\nKami ingin memberitahukan bahwa faktur berikut akan segera jatuh tempo:\n\n{{invoices}}\n\nApabila pembayaran sudah dilakukan, kami mengucapkan terima kasih dan mohon abaikan pemberitahuan ini.\n\nHormat kami,\n{{sender}}",
    },
    Reminder: {
      subject: "Pengingat pembayaran: {{total}} belum dibayar",
      body: "Yth. Bapak/Ibu {{customer}},\n\nMenurut catatan kami, faktur berikut belum dibayar:\n\n{{invoices}}\n\nKami mohon Bapak/Ibu dapat melakukan pembayaran sebesar {{total}} paling lambat {{payBy}}, sesuai dengan {{terms}}. Apabila pembayaran sudah dilakukan, terima kasih, dan mohon kabari kami agar catatan kami dapat diperbarui.\n\nHormat kami,\n{{sender}}",
    },
    Consequences: {
      subject: "Pengingat kedua: {{total}} masih terbuka",
      body: "Yth. Bapak/Ibu {{customer}},\n\nBeberapa waktu lalu kami telah mengirimkan pengingat mengenai faktur di bawah ini, namun kami belum menerima pembayaran maupun tanggapan:\n\n{{invoices}}\n\nKeterlambatan pembayaran memengaruhi perencanaan keuangan kami dan dapat membuat kami meninjau kembali syarat kredit yang kami berikan. Sesuai dengan {{terms}}, kami mohon pembayaran sebesar {{total}} paling lambat {{payBy}}. Apabila ada kendala, mohon kabari kami agar dapat kita bicarakan bersama.\n\nHormat kami,\n{{sender}}",
    },
    Incentive: {
      subject: "Penawaran khusus untuk pelunasan faktur",
      body: "Yth. Bapak/Ibu {{customer}},\n\nFaktur berikut masih belum dibayar:\n\n{{invoices}}\n\nUntuk memudahkan pelunasan, kami dengan senang hati memberikan potongan sebesar {{discount}} apabila Bapak/Ibu membayar {{offer}} (dari total {{total}}) paling lambat {{payBy}}.\n\nApabila ada pertanyaan, jangan ragu untuk menghubungi kami.\n\nHormat kami,\n{{sender}}",
    },
    "Payment plan": {
      subject: "Usulan jadwal pembayaran bertahap",
      body: "Yth. Bapak/Ibu {{customer}},\n\nKami memahami bahwa situasi terkadang tidak mudah. Untuk faktur berikut dengan total {{total}}:\n\n{{invoices}}\n\nkami mengusulkan jadwal pembayaran sebagai berikut:\n\n{{schedule}}\n\nApabila jadwal ini sesuai, mohon konfirmasi dengan membalas email ini, dan kami akan mengirimkan kesepakatan tertulisnya. Kami juga terbuka untuk membicarakan jadwal lain.\n\nHormat kami,\n{{sender}}",
    },
    "Broken promise": {
      subject: "Tindak lanjut janji pembayaran",
      body: "Yth. Bapak/Ibu {{customer}},\n\nTerima kasih atas kesediaan Bapak/Ibu sebelumnya untuk membayar faktur di bawah ini. Sampai saat ini kami belum menerima pembayaran tersebut:\n\n{{invoices}}\n\nKami mohon pembayaran sebesar {{total}} paling lambat {{payBy}}, atau silakan hubungi kami agar kita dapat menyepakati tanggal baru.\n\nHormat kami,\n{{sender}}",
    },
    "Ask sales": {
      subject: "Internal: faktur terbuka {{customer}}",
      body: "Halo,\n\n{{customer}} belum membayar faktur berikut meskipun sudah beberapa kali diingatkan:\n\n{{invoices}}\n\nMohon bantuannya untuk memeriksa apakah ada keluhan atau masalah produk dari pihak pelanggan sebelum kami melanjutkan. Total terbuka: {{total}}.\n\nTerima kasih,\n{{sender}}",
    },
    "Follow up": {
      subject: "Tindak lanjut: {{total}} masih terbuka",
      body: "Yth. Bapak/Ibu {{customer}},\n\nKami ingin menindaklanjuti faktur berikut yang masih belum dibayar:\n\n{{invoices}}\n\nKami mohon pembayaran sebesar {{total}} paling lambat {{payBy}}. Apabila pembayaran bertahap dapat membantu, kami bersedia membicarakannya.\n\nHormat kami,\n{{sender}}",
    },
    "Settlement offer": {
      subject: "Penawaran penyelesaian faktur",
      body: "Yth. Bapak/Ibu {{customer}},\n\nFaktur berikut dengan total {{total}} masih belum dibayar:\n\n{{invoices}}\n\nUntuk menyelesaikan hal ini, kami bersedia menerima {{offer}} sebagai pelunasan penuh apabila dibayarkan paling lambat {{deadline}}.\n\nKami berharap penawaran ini bermanfaat dan menantikan tanggapan Bapak/Ibu.\n\nHormat kami,\n{{sender}}",
    },
    "Final notice": {
      subject: "Pemberitahuan terakhir: {{total}} belum dibayar",
      body: "Yth. Bapak/Ibu {{customer}},\n\nMeskipun kami telah beberapa kali menghubungi Bapak/Ibu, faktur berikut masih belum dibayar:\n\n{{invoices}}\n\nSesuai dengan {{terms}}, kami mohon pembayaran sebesar {{total}} paling lambat {{deadline}}. Apabila sampai tanggal tersebut kami belum menerima pembayaran atau kabar dari Bapak/Ibu, langkah kami selanjutnya adalah {{nextStep}}. Kami tetap lebih mengutamakan penyelesaian secara langsung, jadi mohon hubungi kami apabila ada hal yang perlu dibicarakan.\n\nHormat kami,\n{{sender}}",
    },
  },
};

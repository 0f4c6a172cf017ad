import type { StatusVocabulary } from "./statusVocabulary";

/** Indonesian status words (Bahasa Indonesia), with the colloquial forms collectors write ("komplain", "tgl"). */
export const idStatus: StatusVocabulary = {
  words: {
    disputed: ["sengketa", "bersengketa", "dalam sengketa", "disengketakan", "disanggah", "sanggahan", "keberatan", "komplain", "dikomplain", "tidak setuju tagihan"],
    promise: ["janji bayar", "janji akan bayar", "janji membayar", "berjanji bayar", "berjanji membayar", "janji pembayaran", "janji transfer", "akan bayar", "akan dibayar", "akan transfer"],
    unreachable: ["tidak bisa dihubungi", "tidak dapat dihubungi", "tak bisa dihubungi", "sulit dihubungi", "susah dihubungi", "tidak ada jawaban", "tidak menjawab", "tidak diangkat", "nomor tidak aktif", "pindah alamat", "alamat tidak ditemukan"],
    hardship: ["kesulitan keuangan", "kesulitan finansial", "kesulitan dana", "kesulitan likuiditas", "kesulitan membayar", "kesulitan bayar", "masalah keuangan"],
    settlementOffered: ["penawaran diskon", "ditawarkan diskon", "ditawari potongan", "penawaran penyelesaian", "tawaran pelunasan", "penawaran dikirim"],
    salesAsked: ["sales ditanya", "sudah tanya sales", "sales sudah ditanya", "diteruskan ke sales", "sudah info sales", "sales sudah diinfo"],
    // R19: never scheduled, nothing drafted.
    doNotContact: ["jangan dihubungi", "jangan hubungi", "tidak boleh dihubungi", "hubungi lewat kuasa hukum"],
  },
  clearing: {
    disputed: ["tidak ada sengketa", "sengketa selesai"],
    promise: ["sudah dibayar", "sudah bayar", "sudah lunas", "lunas", "sudah transfer", "sudah ditransfer", "pembayaran diterima"],
    unreachable: ["bisa dihubungi", "sudah bisa dihubungi", "sudah dihubungi"],
  },
  statusColumnOnly: { settlementOffered: ["ditawarkan", "ditolak"] },
  negators: ["bukan", "tidak", "tak", "tanpa", "belum", "sudah tidak"],
  resolvers: ["selesai", "sudah selesai", "diselesaikan", "dicabut", "beres"],
  dateLeads: ["tgl", "tanggal", "pada", "pada tanggal", "sebelum", "paling lambat"],
};

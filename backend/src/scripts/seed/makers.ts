// The demo makers: seven women (one of them hidden) and the Collective, each product of the catalogue given
// to exactly one of them. Display names are the names they chose; the private data is invented for the demo
// (realistic in shape, belonging to no one) and fills every private field, as a real record would.
import type { ConsentItem, Craft, MakerPrivateData } from "../../modules/maker/types"

export interface MakerSeed {
  handle: string
  display_name: string
  story_id: string
  story_en: string
  crafts: Craft[]
  city: string
  /** Palette of the picture drawn for her profile (a piece of her work, never a face). */
  palette: string[]
  joined_at: string
  consents: Record<ConsentItem, boolean>
  hidden?: boolean
  private: MakerPrivateData
  /** Handles of the catalogue products she made. */
  products: string[]
}

const ALL_CONSENTS: Record<ConsentItem, boolean> = { display_name: true, story: true, image: true, city: true }

export const demoMakers: MakerSeed[] = [
  {
    handle: "kak-melati",
    display_name: "Kak Melati",
    story_id:
      "Saya mulai merangkai bunga dari botol bekas di dapur rumah. Sekarang mawar dan melati saya dipesan untuk wisuda dan ulang tahun. Setiap kelopak saya potong dan panaskan satu per satu.",
    story_en:
      "I started making flowers from old bottles in my kitchen. Now my roses and jasmine are ordered for graduations and birthdays. I cut and heat-curl every petal one by one.",
    crafts: ["bouquet"],
    city: "Medan",
    palette: ["#c0392b", "#e8777a", "#7a1f1f"],
    joined_at: "2023-03-14",
    consents: ALL_CONSENTS,
    private: {
      legal_name: "Rosmaida br. Ginting",
      phone: "+6281260011401",
      whatsapp: "+6281260011401",
      address: "Jl. Bunga Cempaka Gg. Sepakat No. 14, Padang Bulan Selayang II, Medan Selayang, Medan 20131",
      payout_method: "bank",
      bank_name: "BRI",
      bank_account_number: "0127-01-004512-50-3",
      bank_account_holder: "Rosmaida br. Ginting",
      ewallet_provider: "DANA",
      ewallet_number: "+6281260011401",
      staff_notes: "Lebih suka dihubungi lewat WhatsApp setelah jam 4 sore. Bisa mengerjakan pesanan besar bila diberi tahu dua minggu sebelumnya.",
    },
    products: ["buket-mawar-abadi", "buket-melati-wisuda", "buket-tulip-pelangi"],
  },
  {
    handle: "anggrek",
    display_name: "Anggrek",
    story_id:
      "Nama Anggrek saya pilih sendiri, karena anggrek bulan adalah bunga yang paling saya suka. Saya juga membuat gantungan pintu dari sisa kelopak supaya tidak ada yang terbuang.",
    story_en:
      "I chose the name Anggrek myself: the moth orchid is the flower I love most. I also make door hangings from leftover petals so that nothing is wasted.",
    crafts: ["bouquet", "door"],
    city: "Binjai",
    palette: ["#7d5ba6", "#b79ad6", "#4e3470"],
    joined_at: "2023-08-02",
    // She has not agreed to show a picture.
    consents: { ...ALL_CONSENTS, image: false },
    private: {
      legal_name: "Siti Aisyah Lubis",
      phone: "+6282167302218",
      whatsapp: "+6282167302218",
      address: "Jl. Jend. Sudirman Gg. Melur No. 7, Kel. Tangsi, Binjai Kota, Binjai 20714",
      payout_method: "ewallet",
      bank_name: "Bank Sumut",
      bank_account_number: "200-02-04-118830-1",
      bank_account_holder: "Siti Aisyah Lubis",
      ewallet_provider: "DANA",
      ewallet_number: "+6282167302218",
      staff_notes: "Hanya hubungi nomor ini; jangan tinggalkan pesan suara. Pembayaran ke DANA sudah dikonfirmasi langsung di workshop.",
    },
    products: ["buket-anggrek-bulan", "buket-mini-meja", "gantungan-pintu-bunga"],
  },
  {
    handle: "ibu-sondang",
    display_name: "Ibu Sondang",
    story_id:
      "Saya belajar menganyam dari ibu saya di Siantar. Bale pengantin yang saya buat memakai motif ulos, supaya pesta adat tetap terasa seperti di kampung.",
    story_en:
      "I learned weaving from my mother in Siantar. The bridal bale I make carry ulos patterns, so that a traditional wedding still feels like home.",
    crafts: ["bale"],
    city: "Pematangsiantar",
    palette: ["#7b2334", "#c9a227", "#4a1320"],
    joined_at: "2023-05-20",
    consents: ALL_CONSENTS,
    private: {
      legal_name: "Sondang Uli Situmorang",
      phone: "+6285261148870",
      whatsapp: "+6285261148870",
      address: "Jl. Sutomo No. 212, Kel. Pahlawan, Siantar Timur, Pematangsiantar 21139",
      payout_method: "bank",
      bank_name: "BNI",
      bank_account_number: "0298113457",
      bank_account_holder: "Sondang Uli Situmorang",
      ewallet_provider: "OVO",
      ewallet_number: "+6285261148870",
      staff_notes: "Datang ke workshop setiap Selasa dan Kamis. Mengajar anyaman kepada peserta baru.",
    },
    products: ["bale-pengantin-batak", "bale-sirih-junjung"],
  },
  {
    handle: "rina",
    display_name: "Rina",
    story_id: "Saya suka menyusun kelopak botol menjadi mandala yang tenang dan berwarna laut.",
    story_en: "I like arranging bottle petals into calm mandalas in the colours of the sea.",
    crafts: ["wall"],
    city: "Medan",
    palette: ["#3f7cac", "#9cc3e0", "#24506f"],
    joined_at: "2024-01-09",
    // She shows her work and her name, not her story.
    consents: { ...ALL_CONSENTS, story: false },
    private: {
      legal_name: "Karina Dewi Pratiwi",
      phone: "+6281370255194",
      whatsapp: "+6281370255194",
      address: "Jl. Garu II Gg. Rukun No. 3B, Harjosari I, Medan Amplas, Medan 20147",
      payout_method: "bank",
      bank_name: "Bank Mandiri",
      bank_account_number: "1060012874431",
      bank_account_holder: "Karina Dewi Pratiwi",
      ewallet_provider: "GoPay",
      ewallet_number: "+6281370255194",
      staff_notes: "Sedang menabung untuk mesin jahit. Minta laporan pendapatan dicetak setiap akhir bulan.",
    },
    products: ["mandala-dinding-samudra", "mandala-dinding-senja", "mandala-dinding-pastel"],
  },
  {
    handle: "nur",
    display_name: "Nur",
    story_id:
      "Rangkaian pintu saya dibuat untuk menyambut tamu: untuk Lebaran, untuk rumah baru, untuk siapa saja yang pulang.",
    story_en: "My door wreaths are made to welcome guests: for Lebaran, for a new home, for anyone coming home.",
    crafts: ["door"],
    city: "Tebing Tinggi",
    palette: ["#4f8a5b", "#a6cf98", "#2e5a37"],
    joined_at: "2024-04-22",
    // She does not want her town shown.
    consents: { ...ALL_CONSENTS, city: false },
    private: {
      legal_name: "Nurhasanah Harahap",
      phone: "+6287765410032",
      whatsapp: "+6287765410032",
      address: "Jl. Imam Bonjol Gg. Saudara No. 21, Kel. Tebing Tinggi Lama, Tebing Tinggi Kota, Tebing Tinggi 20615",
      payout_method: "ewallet",
      bank_name: "BSI",
      bank_account_number: "7154028836",
      bank_account_holder: "Nurhasanah Harahap",
      ewallet_provider: "OVO",
      ewallet_number: "+6287765410032",
      staff_notes: "Kota tidak ditampilkan atas permintaannya. Kirim bahan lewat kurir ke alamat kakaknya bila ia tidak di rumah.",
    },
    products: ["rangkaian-pintu-selamat-datang", "rangkaian-pintu-lebaran", "rangkaian-pintu-tropis"],
  },
  {
    handle: "butet",
    display_name: "Butet",
    story_id:
      "Kupu-kupu dan bunga raya di dinding rumah membuat saya tersenyum. Saya membuatnya besar-besar, supaya dari jauh pun kelihatan.",
    story_en:
      "Butterflies and hibiscus on a wall make me smile. I make them big, so they can be seen from across the room.",
    crafts: ["wall", "door"],
    city: "Lubuk Pakam",
    palette: ["#e07a3f", "#f4b183", "#9c4a1c"],
    joined_at: "2024-09-03",
    consents: ALL_CONSENTS,
    private: {
      legal_name: "Lestari br. Simanjuntak",
      phone: "+6281298034417",
      whatsapp: "+6281298034417",
      address: "Jl. Tengku Raja Muda Gg. Damai No. 9, Kel. Syahmad, Lubuk Pakam, Deli Serdang 20517",
      payout_method: "bank",
      bank_name: "BCA",
      bank_account_number: "8205561094",
      bank_account_holder: "Lestari br. Simanjuntak",
      ewallet_provider: "ShopeePay",
      ewallet_number: "+6281298034417",
      staff_notes: "Bekerja dari rumah sambil menjaga ibunya. Ambil hasil kerja setiap Jumat pagi.",
    },
    products: ["hiasan-dinding-kupu-kupu", "hiasan-dinding-bunga-raya", "panel-dinding-daun", "rangkaian-pintu-natal"],
  },
  {
    handle: "tiur",
    display_name: "Tiur",
    story_id: "Saya membuat bale hantaran dan buket pengantin untuk hari paling bahagia orang lain.",
    story_en: "I make gift bale and bridal bouquets for other people's happiest day.",
    crafts: ["bale", "bouquet"],
    city: "Medan",
    palette: ["#e48aa8", "#f6c3d3", "#a8496b"],
    joined_at: "2025-02-11",
    consents: ALL_CONSENTS,
    // Hidden at her request: her profile 404s and her products are sold under the Collective's name.
    hidden: true,
    private: {
      legal_name: "Tiurma Hutabarat",
      phone: "+6285360917725",
      whatsapp: "+6285360917725",
      address: "Jl. Pasar III Gg. Keluarga No. 5, Tanjung Sari, Medan Selayang, Medan 20132",
      payout_method: "bank",
      bank_name: "BRI",
      bank_account_number: "0331-01-019874-53-8",
      bank_account_holder: "Tiurma Hutabarat",
      ewallet_provider: "DANA",
      ewallet_number: "+6285360917725",
      staff_notes: "Profil disembunyikan atas permintaannya. Hanya staf koordinator yang menghubunginya; jangan berikan informasi apa pun kepada penelepon lain.",
    },
    products: ["bale-pengantin-melayu", "bale-hantaran-marun", "buket-pengantin-tangan"],
  },
]

/** Group work, sold under the Collective's name. */
export const collectiveProducts = [
  "bale-pengantin-putih-suci",
  "bale-seserahan-mini",
  "buket-matahari-ceria",
  "rangkaian-pintu-pengantin",
]

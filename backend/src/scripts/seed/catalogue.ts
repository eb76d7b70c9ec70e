// The demo catalogue: crafts the Medan workshop actually makes, priced as the NGO prices them.
// Prices are in major units (Medusa's convention): rupiah for IDR, dollars for USD.

export type CraftKind = "bouquet" | "bale" | "wall" | "door"

export type CategoryHandle = "buket-bunga" | "bale-pengantin" | "dekorasi-botol-daur-ulang" | "hiasan-dinding" | "hiasan-pintu"

export interface CategorySeed {
  handle: CategoryHandle
  name: string
  name_en: string
  description: string
  parent?: CategoryHandle
}

export const categories: CategorySeed[] = [
  {
    handle: "buket-bunga",
    name: "Buket Bunga",
    name_en: "Flower Bouquets",
    description: "Buket bunga yang tidak pernah layu, dirangkai dari plastik daur ulang.",
  },
  {
    handle: "bale-pengantin",
    name: "Bale Pengantin",
    name_en: "Bridal Bale",
    description: "Set dekorasi bale untuk pernikahan adat, dibuat dengan tangan di Medan.",
  },
  {
    handle: "dekorasi-botol-daur-ulang",
    name: "Dekorasi Botol Daur Ulang",
    name_en: "Recycled-Bottle Decor",
    description: "Hiasan rumah dari botol plastik bekas yang dipotong, dibentuk dan diwarnai.",
  },
  {
    handle: "hiasan-dinding",
    name: "Hiasan Dinding",
    name_en: "Wall Decor",
    description: "Hiasan dinding dari kelopak botol plastik daur ulang.",
    parent: "dekorasi-botol-daur-ulang",
  },
  {
    handle: "hiasan-pintu",
    name: "Hiasan Pintu",
    name_en: "Door Decor",
    description: "Rangkaian dan gantungan pintu dari botol plastik daur ulang.",
    parent: "dekorasi-botol-daur-ulang",
  },
]

export interface ColourSeed {
  name: string
  name_en: string
  palette: string[]
}

export interface SizeSeed {
  name: string
  name_en: string
  /** Added to the base price of the product. */
  extra_idr: number
  extra_usd: number
}

export interface ProductSeed {
  handle: string
  title: string
  title_en: string
  description: string
  description_en: string
  category: CategoryHandle
  kind: CraftKind
  price_idr: number
  price_usd: number
  colours: ColourSeed[]
  sizes: SizeSeed[]
  /** Units in stock per variant at the Medan workshop (0: sold out, or made to order). */
  stock: number
  /** Made to order: variants allow backorders, so buyers may order beyond the stock and wait the lead time. */
  made_to_order?: boolean
  /** Days to make one when made to order (product metadata `lead_time_days`). */
  lead_time_days: number
  weight_grams: number
}

/** How to look after each kind of craft: product metadata `care_id` and `care_en`, one short sentence each. */
export const CARE_NOTES: Record<CraftKind, { id: string; en: string }> = {
  bouquet: {
    id: "Bersihkan debu dengan kuas lembut atau kain kering; jauhkan dari panas dan sinar matahari langsung.",
    en: "Dust with a soft brush or a dry cloth; keep away from heat and direct sun.",
  },
  bale: {
    id: "Lap dengan kain kering dan simpan dalam kotak tertutup; jauhkan dari panas dan sinar matahari langsung.",
    en: "Wipe with a dry cloth and store in a closed box; keep away from heat and direct sun.",
  },
  wall: {
    id: "Lap dengan kain kering; jangan digantung di bawah sinar matahari langsung atau di dekat kompor.",
    en: "Wipe with a dry cloth; do not hang it in direct sun or near a stove.",
  },
  door: {
    id: "Lap dengan kain lembap lalu keringkan; pasang di pintu yang terlindung dari hujan dan terik matahari.",
    en: "Wipe with a damp cloth, then dry; hang it on a door sheltered from rain and strong sun.",
  },
}

const colour = (name: string, name_en: string, ...palette: string[]): ColourSeed => ({ name, name_en, palette })

const RED = colour("Merah", "Red", "#c0392b", "#e8777a", "#7a1f1f")
const PINK = colour("Merah Muda", "Pink", "#e48aa8", "#f6c3d3", "#a8496b")
const WHITE = colour("Putih", "White", "#f4efe6", "#d9cfc1", "#b9a98f")
const YELLOW = colour("Kuning", "Yellow", "#e9b63b", "#f6dc8a", "#b9822a")
const PURPLE = colour("Ungu", "Purple", "#7d5ba6", "#b79ad6", "#4e3470")
const BLUE = colour("Biru", "Blue", "#3f7cac", "#9cc3e0", "#24506f")
const GREEN = colour("Hijau", "Green", "#4f8a5b", "#a6cf98", "#2e5a37")
const GOLD = colour("Emas", "Gold", "#c9a227", "#efd98b", "#8a6d12")
const MAROON = colour("Marun", "Maroon", "#7b2334", "#c05a6e", "#4a1320")
const TEAL = colour("Toska", "Turquoise", "#2a9d8f", "#8fd3c8", "#1b655c")
const ORANGE = colour("Jingga", "Orange", "#e07a3f", "#f4b183", "#9c4a1c")

const SMALL: SizeSeed = { name: "Kecil", name_en: "Small", extra_idr: 0, extra_usd: 0 }
const MEDIUM: SizeSeed = { name: "Sedang", name_en: "Medium", extra_idr: 75000, extra_usd: 5 }
const LARGE: SizeSeed = { name: "Besar", name_en: "Large", extra_idr: 150000, extra_usd: 10 }
const SET_3: SizeSeed = { name: "Set 3 tingkat", name_en: "3-tier set", extra_idr: 0, extra_usd: 0 }
const SET_5: SizeSeed = { name: "Set 5 tingkat", name_en: "5-tier set", extra_idr: 450000, extra_usd: 30 }
const D40: SizeSeed = { name: "40 cm", name_en: "40 cm", extra_idr: 0, extra_usd: 0 }
const D60: SizeSeed = { name: "60 cm", name_en: "60 cm", extra_idr: 120000, extra_usd: 8 }

export const products: ProductSeed[] = [
  // Buket Bunga
  {
    handle: "buket-mawar-abadi",
    title: "Buket Mawar Abadi",
    title_en: "Everlasting Rose Bouquet",
    description: "Mawar dari botol plastik yang dipotong dan dipanaskan hingga kelopaknya melengkung seperti mawar sungguhan. Tidak layu, tidak perlu disiram.",
    description_en: "Roses cut from plastic bottles and heat-curled until the petals curve like real ones. Never wilts, never needs water.",
    category: "buket-bunga", kind: "bouquet", price_idr: 185000, price_usd: 14,
    colours: [RED, PINK, WHITE], sizes: [SMALL, MEDIUM, LARGE], stock: 12, lead_time_days: 4, weight_grams: 400,
  },
  {
    handle: "buket-melati-wisuda",
    title: "Buket Melati Wisuda",
    title_en: "Jasmine Graduation Bouquet",
    description: "Buket melati putih dengan pita, hadiah wisuda yang bisa disimpan bertahun-tahun.",
    description_en: "A white jasmine bouquet tied with ribbon: a graduation gift to keep for years.",
    category: "buket-bunga", kind: "bouquet", price_idr: 150000, price_usd: 12,
    colours: [WHITE, YELLOW], sizes: [SMALL, MEDIUM], stock: 15, lead_time_days: 3, weight_grams: 300,
  },
  {
    handle: "buket-anggrek-bulan",
    title: "Buket Anggrek Bulan",
    title_en: "Moth Orchid Bouquet",
    description: "Anggrek bulan, bunga nasional Indonesia, dirangkai dari botol bening yang diwarnai lembut.",
    description_en: "Moth orchids, Indonesia's national flower, made from clear bottles tinted by hand.",
    category: "buket-bunga", kind: "bouquet", price_idr: 225000, price_usd: 17,
    colours: [PURPLE, WHITE, PINK], sizes: [MEDIUM, LARGE], stock: 8, lead_time_days: 5, weight_grams: 450,
  },
  {
    handle: "buket-matahari-ceria",
    title: "Buket Matahari Ceria",
    title_en: "Sunny Sunflower Bouquet",
    description: "Bunga matahari kuning cerah dengan daun hijau dari botol minuman ringan.",
    description_en: "Bright yellow sunflowers with leaves cut from soft-drink bottles.",
    category: "buket-bunga", kind: "bouquet", price_idr: 165000, price_usd: 13,
    colours: [YELLOW, ORANGE], sizes: [SMALL, MEDIUM, LARGE], stock: 10, lead_time_days: 4, weight_grams: 380,
  },
  {
    handle: "buket-tulip-pelangi",
    title: "Buket Tulip Pelangi",
    title_en: "Rainbow Tulip Bouquet",
    description: "Tulip warna-warni dalam bungkus kertas kraft, cocok untuk ulang tahun.",
    description_en: "Many-coloured tulips wrapped in kraft paper, made for birthdays.",
    category: "buket-bunga", kind: "bouquet", price_idr: 175000, price_usd: 13,
    colours: [PINK, ORANGE, PURPLE], sizes: [SMALL, MEDIUM], stock: 9, lead_time_days: 4, weight_grams: 350,
  },
  {
    handle: "buket-mini-meja",
    title: "Buket Mini untuk Meja",
    title_en: "Mini Table Bouquet",
    description: "Buket kecil untuk meja kerja atau meja tamu, dalam pot botol daur ulang.",
    description_en: "A small bouquet for a desk or a guest table, in a recycled-bottle pot.",
    category: "buket-bunga", kind: "bouquet", price_idr: 85000, price_usd: 7,
    colours: [BLUE, PINK, YELLOW], sizes: [SMALL], stock: 25, lead_time_days: 3, weight_grams: 200,
  },
  {
    handle: "buket-pengantin-tangan",
    title: "Buket Tangan Pengantin",
    title_en: "Bridal Hand Bouquet",
    description: "Buket tangan untuk pengantin, rangkaian mawar dan melati dengan renda.",
    description_en: "A bride's hand bouquet of roses and jasmine trimmed with lace.",
    category: "buket-bunga", kind: "bouquet", price_idr: 275000, price_usd: 21,
    colours: [WHITE, PINK, MAROON], sizes: [MEDIUM, LARGE], stock: 6, lead_time_days: 5, weight_grams: 420,
  },
  // Bale Pengantin
  {
    handle: "bale-pengantin-batak",
    title: "Bale Pengantin Motif Batak",
    title_en: "Batak-Pattern Bridal Bale",
    description: "Set bale bertingkat dengan warna merah, hitam dan emas khas ulos Batak.",
    description_en: "A tiered bale set in the red, black and gold of Batak ulos cloth.",
    category: "bale-pengantin", kind: "bale", price_idr: 1250000, price_usd: 89,
    colours: [MAROON, GOLD], sizes: [SET_3, SET_5], stock: 0, made_to_order: true, lead_time_days: 21, weight_grams: 3500,
  },
  {
    handle: "bale-pengantin-melayu",
    title: "Bale Pengantin Melayu Deli",
    title_en: "Deli Malay Bridal Bale",
    description: "Bale bernuansa kuning keemasan, warna kebesaran Melayu Deli, dengan bunga telur.",
    description_en: "A bale in the golden yellow of the Deli Malay court, with traditional egg flowers.",
    category: "bale-pengantin", kind: "bale", price_idr: 1350000, price_usd: 95,
    colours: [GOLD, YELLOW], sizes: [SET_3, SET_5], stock: 0, made_to_order: true, lead_time_days: 21, weight_grams: 3600,
  },
  {
    handle: "bale-pengantin-putih-suci",
    title: "Bale Pengantin Putih Suci",
    title_en: "Pure White Bridal Bale",
    description: "Bale putih dan perak untuk resepsi modern, dihiasi mutiara imitasi.",
    description_en: "A white and silver bale for a modern reception, set with faux pearls.",
    category: "bale-pengantin", kind: "bale", price_idr: 1150000, price_usd: 82,
    colours: [WHITE, BLUE], sizes: [SET_3, SET_5], stock: 0, made_to_order: true, lead_time_days: 18, weight_grams: 3300,
  },
  {
    handle: "bale-seserahan-mini",
    title: "Bale Seserahan Mini",
    title_en: "Mini Wedding-Gift Tray",
    description: "Nampan seserahan kecil berhias bunga, untuk membawa hantaran pernikahan.",
    description_en: "A small flower-trimmed tray for carrying wedding gifts.",
    category: "bale-pengantin", kind: "bale", price_idr: 325000, price_usd: 24,
    colours: [PINK, GOLD, GREEN], sizes: [SMALL, MEDIUM], stock: 2, made_to_order: true, lead_time_days: 14, weight_grams: 900,
  },
  {
    handle: "bale-sirih-junjung",
    title: "Bale Sirih Junjung",
    title_en: "Betel-Leaf Ceremonial Stand",
    description: "Tepak sirih bertingkat untuk upacara adat, daun sirih dari botol hijau.",
    description_en: "A tiered betel-leaf stand for ceremonies, its leaves cut from green bottles.",
    category: "bale-pengantin", kind: "bale", price_idr: 650000, price_usd: 47,
    colours: [GREEN, GOLD], sizes: [SET_3], stock: 1, made_to_order: true, lead_time_days: 14, weight_grams: 1800,
  },
  {
    handle: "bale-hantaran-marun",
    title: "Bale Hantaran Marun",
    title_en: "Maroon Gift Bale",
    description: "Set bale hantaran berwarna marun dan emas dengan gantungan manik-manik.",
    description_en: "A maroon and gold gift bale with beaded hangings.",
    category: "bale-pengantin", kind: "bale", price_idr: 890000, price_usd: 64,
    colours: [MAROON, PURPLE], sizes: [SET_3, SET_5], stock: 0, made_to_order: true, lead_time_days: 18, weight_grams: 2500,
  },
  // Hiasan Dinding
  {
    handle: "mandala-dinding-samudra",
    title: "Mandala Dinding Samudra",
    title_en: "Ocean Wall Mandala",
    description: "Mandala bulat dari ratusan kelopak botol biru dan toska, berkilau saat terkena cahaya.",
    description_en: "A round mandala of hundreds of blue and turquoise bottle petals that glint in the light.",
    category: "hiasan-dinding", kind: "wall", price_idr: 345000, price_usd: 26,
    colours: [BLUE, TEAL], sizes: [D40, D60], stock: 7, lead_time_days: 7, weight_grams: 900,
  },
  {
    handle: "mandala-dinding-senja",
    title: "Mandala Dinding Senja",
    title_en: "Dusk Wall Mandala",
    description: "Perpaduan jingga, merah dan emas seperti senja di Danau Toba.",
    description_en: "Orange, red and gold, like dusk over Lake Toba.",
    category: "hiasan-dinding", kind: "wall", price_idr: 345000, price_usd: 26,
    colours: [ORANGE, RED, GOLD], sizes: [D40, D60], stock: 7, lead_time_days: 7, weight_grams: 900,
  },
  {
    handle: "hiasan-dinding-kupu-kupu",
    title: "Hiasan Dinding Kupu-kupu",
    title_en: "Butterfly Wall Piece",
    description: "Rangkaian kelopak berbentuk kupu-kupu untuk kamar anak.",
    description_en: "Butterfly-shaped petals arranged for a child's room.",
    category: "hiasan-dinding", kind: "wall", price_idr: 210000, price_usd: 16,
    // Sold out (no stock, not made to order): the demo's one product in the third stock state.
    colours: [PINK, PURPLE, YELLOW], sizes: [D40], stock: 0, lead_time_days: 7, weight_grams: 500,
  },
  {
    handle: "panel-dinding-daun",
    title: "Panel Dinding Daun Tropis",
    title_en: "Tropical Leaf Wall Panel",
    description: "Panel segi enam dengan daun-daun tropis dari botol hijau dan bening.",
    description_en: "A hexagonal panel of tropical leaves cut from green and clear bottles.",
    category: "hiasan-dinding", kind: "wall", price_idr: 295000, price_usd: 22,
    colours: [GREEN, TEAL], sizes: [D40, D60], stock: 8, lead_time_days: 7, weight_grams: 800,
  },
  {
    handle: "hiasan-dinding-bunga-raya",
    title: "Hiasan Dinding Bunga Raya",
    title_en: "Hibiscus Wall Piece",
    description: "Bunga raya merah besar di tengah lingkaran daun, kebanggaan Sumatra.",
    description_en: "A large red hibiscus in a ring of leaves, Sumatra's pride.",
    category: "hiasan-dinding", kind: "wall", price_idr: 265000, price_usd: 20,
    colours: [RED, MAROON], sizes: [D40, D60], stock: 6, lead_time_days: 7, weight_grams: 700,
  },
  {
    handle: "mandala-dinding-pastel",
    title: "Mandala Dinding Pastel",
    title_en: "Pastel Wall Mandala",
    description: "Warna-warna lembut untuk ruang tamu yang tenang.",
    description_en: "Soft colours for a calm living room.",
    category: "hiasan-dinding", kind: "wall", price_idr: 320000, price_usd: 24,
    colours: [PINK, BLUE, WHITE], sizes: [D40, D60], stock: 9, lead_time_days: 7, weight_grams: 850,
  },
  // Hiasan Pintu
  {
    handle: "rangkaian-pintu-selamat-datang",
    title: "Rangkaian Pintu Selamat Datang",
    title_en: "Welcome Door Wreath",
    description: "Rangkaian bunga melingkar dengan pita besar untuk menyambut tamu.",
    description_en: "A round flower wreath with a big bow to welcome guests.",
    category: "hiasan-pintu", kind: "door", price_idr: 235000, price_usd: 18,
    colours: [RED, GREEN, GOLD], sizes: [D40, D60], stock: 10, lead_time_days: 7, weight_grams: 650,
  },
  {
    handle: "rangkaian-pintu-lebaran",
    title: "Rangkaian Pintu Lebaran",
    title_en: "Eid Door Wreath",
    description: "Rangkaian hijau dan emas untuk Idulfitri, dengan ketupat mini dari botol.",
    description_en: "A green and gold wreath for Eid, with mini ketupat made from bottles.",
    category: "hiasan-pintu", kind: "door", price_idr: 245000, price_usd: 18,
    colours: [GREEN, GOLD], sizes: [D40, D60], stock: 10, lead_time_days: 7, weight_grams: 650,
  },
  {
    handle: "rangkaian-pintu-natal",
    title: "Rangkaian Pintu Natal",
    title_en: "Christmas Door Wreath",
    description: "Rangkaian merah dan hijau untuk Natal, dengan lonceng kecil.",
    description_en: "A red and green Christmas wreath with small bells.",
    category: "hiasan-pintu", kind: "door", price_idr: 245000, price_usd: 18,
    colours: [RED, GREEN], sizes: [D40, D60], stock: 10, lead_time_days: 7, weight_grams: 650,
  },
  {
    handle: "gantungan-pintu-bunga",
    title: "Gantungan Pintu Bunga",
    title_en: "Flower Door Hanger",
    description: "Gantungan pintu tegak dengan bunga-bunga kecil yang menjuntai.",
    description_en: "A vertical door hanger trailing small flowers.",
    category: "hiasan-pintu", kind: "door", price_idr: 135000, price_usd: 11,
    colours: [PURPLE, PINK, WHITE], sizes: [SMALL, MEDIUM], stock: 14, lead_time_days: 7, weight_grams: 300,
  },
  {
    handle: "rangkaian-pintu-pengantin",
    title: "Rangkaian Pintu Pengantin",
    title_en: "Wedding Door Wreath",
    description: "Rangkaian putih dan emas untuk pintu rumah pengantin.",
    description_en: "A white and gold wreath for the door of a wedding house.",
    category: "hiasan-pintu", kind: "door", price_idr: 285000, price_usd: 21,
    colours: [WHITE, GOLD], sizes: [D40, D60], stock: 6, lead_time_days: 7, weight_grams: 700,
  },
  {
    handle: "rangkaian-pintu-tropis",
    title: "Rangkaian Pintu Tropis",
    title_en: "Tropical Door Wreath",
    description: "Daun monstera dan bunga kamboja dari botol daur ulang.",
    description_en: "Monstera leaves and frangipani flowers from recycled bottles.",
    category: "hiasan-pintu", kind: "door", price_idr: 255000, price_usd: 19,
    colours: [TEAL, YELLOW, ORANGE], sizes: [D40, D60], stock: 8, lead_time_days: 7, weight_grams: 650,
  },
]

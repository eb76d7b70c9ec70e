/*
 * Which column of a bank statement holds what. Header names are compared after normalising: lower case,
 * accents dropped, anything not a letter or digit becomes a space ("No. Referensi" → "no referensi",
 * "D/K" → "d k"), and a currency word ("Jumlah (IDR)", "Amount Rp") is ignored. Aliases are listed in
 * order of preference: with both "Tanggal Transaksi" and "Tanggal Valuta" the transaction date wins.
 */
export type StatementField = "date" | "amount" | "debit" | "credit" | "direction" | "reference" | "description";

const ALIASES: Record<StatementField, string[]> = {
  date: ["tanggal transaksi", "tgl transaksi", "transaction date", "trans date", "txn date", "tanggal", "tgl", "date",
    "posting date", "post date", "tanggal posting", "tgl posting", "booking date", "value date", "tanggal valuta", "tgl valuta"],
  amount: ["amount", "jumlah", "nominal", "mutasi", "transaction amount", "jumlah transaksi", "nilai", "nilai transaksi"],
  debit: ["debit", "debet", "db", "dr", "mutasi debit", "mutasi debet", "debit amount", "withdrawal", "withdrawals",
    "money out", "keluar", "uang keluar", "pengeluaran"],
  credit: ["credit", "kredit", "cr", "kr", "mutasi kredit", "credit amount", "deposit", "deposits", "money in", "masuk",
    "uang masuk", "pemasukan"],
  direction: ["d k", "db cr", "dr cr", "cr db", "d c", "dk", "dbcr", "debit credit", "debet kredit", "debit kredit"],
  reference: ["reference", "referensi", "ref", "no referensi", "nomor referensi", "no ref", "ref no", "reference no",
    "reference number", "ref number", "kode referensi", "transaction reference", "no transaksi", "nomor transaksi",
    "transaction id", "id transaksi"],
  description: ["description", "keterangan", "deskripsi", "uraian", "uraian transaksi", "keterangan transaksi",
    "transaction description", "remark", "remarks", "berita", "details", "detail", "narrative", "memo"],
};

const CURRENCY_WORDS = new Set(["idr", "rp", "usd"]);

export function normaliseHeader(cell: string): string {
  return cell
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((word) => !CURRENCY_WORDS.has(word))
    .join(" ");
}

export type StatementColumns = Partial<Record<StatementField, number>>;

/** Column index of each field found in a header row (first preferred alias wins). */
export function findStatementColumns(cells: string[]): StatementColumns {
  const names = cells.map(normaliseHeader);
  const columns: StatementColumns = {};
  for (const field of Object.keys(ALIASES) as StatementField[]) {
    for (const alias of ALIASES[field]) {
      const index = names.indexOf(alias);
      if (index >= 0) {
        columns[field] = index;
        break;
      }
    }
  }
  return columns;
}

/** A row is the header when it names a date and an amount (one column, or a debit and a credit column). */
export function looksLikeStatementHeader(columns: StatementColumns): boolean {
  return columns.date !== undefined && (columns.amount !== undefined || (columns.debit !== undefined && columns.credit !== undefined));
}

const SUMMARY_STARTS = ["saldo awal", "saldo akhir", "mutasi debet", "mutasi debit", "mutasi kredit", "total",
  "opening balance", "closing balance", "starting balance", "ending balance", "beginning balance"];

/** Bank summary rows under (or above) the transactions: "Saldo Awal", "Mutasi Kredit", "Closing balance"… */
export function isSummaryRow(cells: string[]): boolean {
  const first = normaliseHeader(cells.find((cell) => cell !== "") ?? "");
  return SUMMARY_STARTS.some((start) => first === start || first.startsWith(`${start} `));
}

import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { bulkTransferCsv } from "./bulk-transfer-csv.js";

const row = { name: "Siti Aminah", bank: "BCA", account: "0123456789", amount: 1250000, currency: "IDR", reference: "RK-12-1" };

describe("bulkTransferCsv", () => {
  it("writes the header and major-unit amounts without thousands separators", () => {
    expect(
      bulkTransferCsv([row, { ...row, name: "Maria Sihombing", bank: "BRI", account: "0009876543210", amount: 475000, reference: "RK-12-2" }]),
    ).toBe("name,bank,account,amount,reference\nSiti Aminah,BCA,0123456789,1250000,RK-12-1\nMaria Sihombing,BRI,0009876543210,475000,RK-12-2\n");
    expect(bulkTransferCsv([{ ...row, currency: "USD", amount: 1250 }])).toBe(
      "name,bank,account,amount,reference\nSiti Aminah,BCA,0123456789,12.50,RK-12-1\n",
    );
  });

  it("an empty batch is just the header", () => {
    expect(bulkTransferCsv([])).toBe("name,bank,account,amount,reference\n");
  });

  it("is CSV-injection safe: cells starting with = + - @ tab CR are shown as text; commas and quotes are quoted", () => {
    const csv = bulkTransferCsv([
      { ...row, name: '=HYPERLINK("http://x","klik")', bank: "+BCA", account: "-123", reference: "@SUM(1)" },
      { ...row, name: "\tTab", bank: "\rCR", reference: 'Siti, "Ani"' },
    ]);
    const cells = parse(csv) as string[][];
    expect(cells[1]).toEqual(["'=HYPERLINK(\"http://x\",\"klik\")", "'+BCA", "'-123", "1250000", "'@SUM(1)"]);
    expect(cells[2]).toEqual(["'\tTab", "'\rCR", "0123456789", "1250000", 'Siti, "Ani"']);
  });

  it("refuses mixed currencies and non-positive or fractional amounts", () => {
    expect(() => bulkTransferCsv([row, { ...row, currency: "USD" }])).toThrow("A transfer file holds one currency; these rows have IDR and USD.");
    expect(() => bulkTransferCsv([{ ...row, amount: 0 }])).toThrow(/Transfer 1 \(RK-12-1\) has amount 0/);
    expect(() => bulkTransferCsv([{ ...row, amount: 12.5 }])).toThrow(/positive whole number/);
  });
});

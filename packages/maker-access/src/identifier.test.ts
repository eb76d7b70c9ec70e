import { describe, expect, it } from "vitest";
import { identifierKind, maskIdentifier, normaliseIdentifier } from "./index.js";

describe("normaliseIdentifier", () => {
  it.each([
    "0812-3456-7890",
    "081234567890",
    "0812 3456 7890",
    "(0812) 3456-7890",
    "(0812) 3456.7890",
    "0812.3456.7890",
    "+62 812 3456 7890",
    "+62-812-3456-7890",
    "+6281234567890",
    "6281234567890",
    "62 812 3456 7890",
    "0062 812 3456 7890",
    "006281234567890",
    "+62 (0)812 3456 7890",
    "+62 0812 3456 7890",
    "81234567890",
    "812 3456 7890",
    "  0812 3456 7890  ",
    "0812\u00a03456\u00a07890",
  ])("writes the Indonesian number %j as +6281234567890", (input) => {
    expect(normaliseIdentifier(input)).toEqual({ kind: "phone", value: "+6281234567890" });
  });

  it("keeps numbers of every length Indonesia uses, and Medan landlines", () => {
    expect(normaliseIdentifier("0812-345-678")?.value).toBe("+62812345678");
    expect(normaliseIdentifier("0856 123 4567")?.value).toBe("+628561234567");
    expect(normaliseIdentifier("0812-3456-78901")?.value).toBe("+62812345678901");
    expect(normaliseIdentifier("(061) 456 7890")?.value).toBe("+62614567890");
  });

  it("accepts other countries' numbers only with their + or 00", () => {
    expect(normaliseIdentifier("+60 12-345 6789")).toEqual({ kind: "phone", value: "+60123456789" });
    expect(normaliseIdentifier("0060 12 345 6789")).toEqual({ kind: "phone", value: "+60123456789" });
    expect(normaliseIdentifier("60123456789")).toBeNull();
  });

  it("trims and lowercases emails", () => {
    expect(normaliseIdentifier("  Siti.Aminah@Example.CO.ID ")).toEqual({ kind: "email", value: "siti.aminah@example.co.id" });
  });

  it.each([
    "",
    "   ",
    "0812",
    "0812-3456-7890-1234",
    "0812 abc 7890",
    "12345678",
    "1234 5678",
    "+62 0",
    "+0 812 3456 7890",
    "siti",
    "siti@",
    "@example.com",
    "siti@example",
    "siti@example..com",
    "siti aminah@example.com",
    "siti@@example.com",
    `${"a".repeat(250)}@example.com`,
  ])("refuses %j", (input) => {
    expect(normaliseIdentifier(input)).toBeNull();
  });

  it("refuses what is not a string", () => {
    for (const input of [undefined, null, 812345678, {}, ["0812"]]) expect(normaliseIdentifier(input)).toBeNull();
  });
});

describe("maskIdentifier", () => {
  it("shows the start and the last three digits of a phone number, not how many are hidden", () => {
    expect(maskIdentifier("+6281234567890")).toBe("+62812****890");
    expect(maskIdentifier("+62812345678")).toBe("+62812****678");
    expect(maskIdentifier("+6281234567890")).not.toContain("34567");
  });

  it("shows the first letters of an email and its last domain label", () => {
    expect(maskIdentifier("siti.aminah@gmail.com")).toBe("s***@g***.com");
    expect(maskIdentifier("a@example.co.id")).toBe("a***@e***.id");
  });

  it("names the kind", () => {
    expect(identifierKind("+6281234567890")).toBe("phone");
    expect(identifierKind("siti@example.com")).toBe("email");
  });
});

import { describe, expect, it } from "vitest";
import { compactInviteCode, formatInviteCode, INVITE_ALPHABET, INVITE_CODE_LENGTH, normaliseInviteCode } from "./index.js";

describe("invite codes", () => {
  it("use 8 characters from an alphabet without look-alikes", () => {
    expect(INVITE_CODE_LENGTH).toBe(8);
    for (const lookAlike of ["0", "O", "1", "I", "L"]) expect(INVITE_ALPHABET).not.toContain(lookAlike);
  });

  it("are shown in two groups and read back however she types them", () => {
    expect(formatInviteCode("K7MPX3QD")).toBe("K7MP-X3QD");
    for (const typed of ["K7MP-X3QD", "k7mp-x3qd", " k7mp x3qd ", "K7MPX3QD", "K7-MP-X3-QD"]) {
      expect(normaliseInviteCode(typed)).toBe("K7MPX3QD");
    }
    for (const typed of ["K7MP-X3Q", "K7MP-X3QDD", "K0MP-X3QD", "KIMP-X3QD", "K7MP/X3QD", "K7MP_X3QD", "", 12345678, null]) {
      expect(normaliseInviteCode(typed)).toBeNull();
    }
  });

  it("are compacted the same way before they are checked", () => {
    expect(compactInviteCode(" k7mp - x3q ")).toBe("K7MPX3Q");
    expect(compactInviteCode(" - ")).toBe("");
  });
});

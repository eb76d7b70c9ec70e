import { describe, expect, it } from "vitest";
import { PASSWORD_MAX, PASSWORD_MESSAGES, PASSWORD_MIN, PIN_MIN, passwordProblem } from "./index.js";

describe("passwordProblem", () => {
  it.each([
    "482913",
    "48291305",
    "0000001",
    "135790",
    "123458",
    "112233",
    "987650",
    "2024199",
    "correct horse",
    "Medan2024",
    "12345a78",
    "x".repeat(128),
  ])("accepts %j", (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it.each([
    ["12345", "pin_too_short"],
    ["4829", "pin_too_short"],
    ["123456", "pin_too_simple"],
    ["654321", "pin_too_simple"],
    ["111111", "pin_too_simple"],
    ["00000000", "pin_too_simple"],
    ["890123", "pin_too_simple"],
    ["210987", "pin_too_simple"],
    ["3210987", "pin_too_simple"],
    ["123456789", "pin_too_simple"],
    ["0123456789", "pin_too_simple"],
    ["abc1234", "password_too_short"],
    ["rahasia", "password_too_short"],
    ["12 3456", "password_too_short"],
    ["", "password_too_short"],
    ["        ", "password_blank"],
    ["a".repeat(129), "password_too_long"],
  ] as const)("refuses %j (%s)", (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it("counts characters, not bytes", () => {
    expect(passwordProblem("ñandú123")).toBeNull();
    expect(passwordProblem("ñandú12")).toBe("password_too_short");
  });

  it("says the limits in its messages, never the value", () => {
    expect([PIN_MIN, PASSWORD_MIN, PASSWORD_MAX]).toEqual([6, 8, 128]);
    expect(PASSWORD_MESSAGES.pin_too_short).toContain(`${PIN_MIN}`);
    expect(PASSWORD_MESSAGES.password_too_short).toContain(`${PASSWORD_MIN}`);
    expect(PASSWORD_MESSAGES.password_too_long).toContain(`${PASSWORD_MAX}`);
  });
});

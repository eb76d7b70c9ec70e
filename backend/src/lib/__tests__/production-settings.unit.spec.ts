import { describe, expect, it } from "vitest"
import { DEMO_SECRETS, assertProductionSettings, isMaintenanceCommand, productionProblems } from "../production-settings"

const SAFE = {
  NODE_ENV: "production",
  JWT_SECRET: "5f1c0e4b9a7d3e2f8c6b1a0d9e8f7c6b5a4d3e2f1c0b9a8d",
  COOKIE_SECRET: "a8d7c6b5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5",
  STOREFRONT_URL: "https://toko.example.org",
  MEDUSA_BACKEND_URL: "https://api.toko.example.org",
  STORE_CORS: "https://toko.example.org",
  BANK_TRANSFER_BANK_NAME: "BRI",
  BANK_TRANSFER_ACCOUNT_NAME: "Yayasan",
  BANK_TRANSFER_ACCOUNT_NUMBER: "0123",
}

describe("production settings", () => {
  it("accepts real secrets, exact origins, https URLs and a real bank account", () => {
    expect(productionProblems(SAFE)).toEqual([])
    expect(productionProblems({ ...SAFE, STOREFRONT_URL: "http://localhost:8000", ADMIN_CORS: "/toko\\.example\\.org$/" })).toEqual([])
  })

  it("names each unsafe setting, all at once, without printing a secret", () => {
    const problems = productionProblems({
      ...SAFE,
      JWT_SECRET: DEMO_SECRETS.JWT_SECRET,
      COOKIE_SECRET: "tiny-secret",
      STORE_CORS: "*",
      AUTH_CORS: "https://toko.example.org, https://*.example.org",
      ADMIN_CORS: "/.*/",
      MEDUSA_BACKEND_URL: "",
      STOREFRONT_URL: "http://toko.example.org",
      BANK_TRANSFER_ACCOUNT_NAME: " ",
      STRIPE_API_BASE: "http://127.0.0.1:12111",
    })
    const text = problems.join("\n")
    for (const name of ["JWT_SECRET", "COOKIE_SECRET", "STORE_CORS", "AUTH_CORS", "ADMIN_CORS", "MEDUSA_BACKEND_URL", "STOREFRONT_URL", "BANK_TRANSFER_ACCOUNT_NAME", "STRIPE_API_BASE"]) {
      expect(text).toContain(name)
    }
    expect(text).not.toContain("tiny-secret")
    expect(problems).toHaveLength(9)
  })

  it("refuses the same value for both secrets and missing ones", () => {
    expect(productionProblems({ ...SAFE, COOKIE_SECRET: SAFE.JWT_SECRET })).toEqual([
      "JWT_SECRET and COOKIE_SECRET are the same: give each its own value.",
    ])
    expect(productionProblems({ ...SAFE, JWT_SECRET: undefined })[0]).toMatch(/^JWT_SECRET is not set/)
  })

  it("only throws in production", () => {
    expect(() => assertProductionSettings({ NODE_ENV: "development" })).not.toThrow()
    expect(() => assertProductionSettings({ NODE_ENV: "production" })).toThrow(/Refusing to start in production:\n  - JWT_SECRET is not set/)
  })

  it("lets build, migrations and one-off commands run without production secrets", () => {
    for (const command of ["build", "db:migrate", "db:setup", "exec", "user", "plugin:build"]) expect(isMaintenanceCommand(command)).toBe(true)
    for (const command of ["start", "develop", undefined, "executioner"]) expect(isMaintenanceCommand(command)).toBe(false)
  })
})

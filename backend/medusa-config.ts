import { loadEnv, defineConfig } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

function requiredInProduction(name: string, developmentDefault: string): string {
  const value = process.env[name]
  if (value) return value
  if (process.env.NODE_ENV === "production") {
    throw new Error(`${name} must be set in production`)
  }
  return developmentDefault
}

/**
 * Card payments need both Stripe keys: without the webhook secret, payments finished after the buyer left
 * (or refunded in Stripe's dashboard) would never reach the store. Without them, only bank transfer is offered.
 */
const stripe = {
  apiKey: process.env.STRIPE_API_KEY || undefined,
  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET || undefined,
  // Tests only: a local stand-in of Stripe's API (integration-tests/stripe-stand-in).
  apiBase: process.env.STRIPE_API_BASE || undefined,
}
const cardPaymentsEnabled = Boolean(stripe.apiKey && stripe.webhookSecret)
if (Boolean(stripe.apiKey) !== Boolean(stripe.webhookSecret)) {
  console.warn("Card payments are off: set both STRIPE_API_KEY and STRIPE_WEBHOOK_SECRET to offer them.")
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: requiredInProduction("JWT_SECRET", "dev-only-jwt-secret"),
      cookieSecret: requiredInProduction("COOKIE_SECRET", "dev-only-cookie-secret"),
      // Makers log in to their portal with a phone number or email and a PIN or password, nothing else
      // (docs/maker-portal-api.md). Staff and customers keep Medusa's defaults.
      authMethodsPerActor: { maker: ["emailpass"] },
    },
  },
  // Medusa's Caching Module (store lookups such as publishable keys, regions and prices; search results):
  // in memory in one process, Redis when REDIS_URL is set (docs/deployment.md).
  featureFlags: { caching: true },
  admin: {
    backendUrl,
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
  modules: [
    { resolve: "@medusajs/medusa/caching", options: { in_memory: { enable: true } } },
    { resolve: "./src/modules/maker" },
    // Stripe's fee and net per charge and refund, and the webhook events handled (tables exist either way).
    { resolve: "./src/modules/card-payments", options: cardPaymentsEnabled ? stripe : {} },
    // Makers' earnings ledger, payout batches, statement reconciliation, fee-rate overrides (docs/payouts.md).
    { resolve: "./src/modules/payout" },
    // Product search (docs/search.md): PostgreSQL full-text + trigram by default, Meilisearch when
    // MEILISEARCH_HOST is set. Documents hold public product and maker fields only.
    {
      resolve: "./src/modules/search",
      options: process.env.MEILISEARCH_HOST
        ? {
            provider: "meilisearch",
            meilisearch: {
              host: process.env.MEILISEARCH_HOST,
              apiKey: process.env.MEILISEARCH_API_KEY || undefined,
              index: process.env.MEILISEARCH_INDEX || undefined,
            },
          }
        : { provider: "postgres" },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            // Manual bank transfer, confirmed by staff: provider id pp_bank-transfer_bank-transfer.
            // Unset or blank values fall back to a clearly fake demo account (src/modules/bank-transfer/options.ts).
            resolve: "./src/modules/bank-transfer",
            id: "bank-transfer",
            options: {
              bank_name: process.env.BANK_TRANSFER_BANK_NAME,
              account_name: process.env.BANK_TRANSFER_ACCOUNT_NAME,
              account_number: process.env.BANK_TRANSFER_ACCOUNT_NUMBER,
            },
          },
          // Cards through Stripe, captured at checkout: provider id pp_stripe_stripe (src/modules/stripe-card).
          ...(cardPaymentsEnabled ? [{ resolve: "./src/modules/stripe-card", id: "stripe", options: stripe }] : []),
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            // Logs each notification (order confirmations on "email"); "feed" keeps the admin's notification
            // feed that Medusa's default configuration provides. A real email provider replaces it for "email".
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local Notification Provider", channels: ["email", "feed"] },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              upload_dir: process.env.FILE_UPLOAD_DIR || "static",
              backend_url: `${backendUrl}/static`,
            },
          },
        ],
      },
    },
  ],
})

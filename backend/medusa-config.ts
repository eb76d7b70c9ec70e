import { loadEnv, defineConfig } from "@medusajs/framework/utils"
import { DEMO_SECRETS, assertProductionSettings, isMaintenanceCommand } from "./src/lib/production-settings"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const storefrontUrl = process.env.STOREFRONT_URL || "http://localhost:8000"
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://localhost:9000"

// In production, refuse to serve with demo secrets, wildcard CORS or the demo bank account
// (src/lib/production-settings.ts). Building the image, migrating and one-off scripts need no secrets.
if (!isMaintenanceCommand(process.argv[2])) assertProductionSettings(process.env)

const redisUrl = process.env.REDIS_URL || undefined
const s3 = process.env.S3_BUCKET
  ? {
      file_url: process.env.S3_FILE_URL,
      access_key_id: process.env.S3_ACCESS_KEY_ID,
      secret_access_key: process.env.S3_SECRET_ACCESS_KEY,
      region: process.env.S3_REGION || "us-east-1",
      bucket: process.env.S3_BUCKET,
      endpoint: process.env.S3_ENDPOINT || undefined,
      // MinIO and most S3-compatible stores address buckets by path, not by subdomain.
      additional_client_config: process.env.S3_ENDPOINT ? { forcePathStyle: true } : {},
    }
  : null

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
    // With Redis: admin and customer sessions live there, shared by every server process. The worker mode
    // (MEDUSA_WORKER_MODE: shared | server | worker) is read by Medusa itself.
    redisUrl,
    http: {
      storeCors: process.env.STORE_CORS || storefrontUrl,
      adminCors: process.env.ADMIN_CORS || backendUrl,
      authCors: process.env.AUTH_CORS || `${storefrontUrl},${backendUrl}`,
      jwtSecret: process.env.JWT_SECRET || DEMO_SECRETS.JWT_SECRET,
      cookieSecret: process.env.COOKIE_SECRET || DEMO_SECRETS.COOKIE_SECRET,
      // Makers log in to their portal with a phone number or email and a PIN or password, nothing else
      // (docs/maker-portal-api.md). Staff and customers keep Medusa's defaults.
      authMethodsPerActor: { maker: ["emailpass"] },
    },
  },
  admin: {
    backendUrl,
    disable: process.env.DISABLE_MEDUSA_ADMIN === "true",
  },
  modules: [
    // One process: Medusa's in-memory defaults. With REDIS_URL (server and worker processes): events are queued
    // in Redis for the workers, workflows run and resume in any process, and caches and locks are shared.
    // The Caching Module holds search answers (src/workflows/utils/search-cache.ts). Medusa's own use of it
    // (feature flag `caching`) stays off: in 2.21 a cached store product list missed a product published
    // again after a pause, for the cache's whole lifetime.
    {
      resolve: "@medusajs/medusa/caching",
      options: redisUrl
        ? { providers: [{ resolve: "@medusajs/medusa/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }] }
        : { in_memory: { enable: true } },
    },
    ...(redisUrl
      ? [
          { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
          { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
          {
            resolve: "@medusajs/medusa/locking",
            options: { providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }] },
          },
        ]
      : []),
    // In production: refuses to start while a staff login still has the README's demo password.
    { resolve: "./src/modules/deployment-checks" },
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
        // S3 (or MinIO, or any S3-compatible store) when S3_BUCKET is set; the backend's disk otherwise.
        providers: [
          s3
            ? { resolve: "@medusajs/medusa/file-s3", id: "s3", options: s3 }
            : {
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

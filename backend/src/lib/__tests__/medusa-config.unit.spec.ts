import { createRequire } from "node:module"
import path from "node:path"
import { register } from "ts-node"
import { afterEach, beforeAll, describe, expect, it } from "vitest"

// medusa-config.ts switches Medusa's modules by environment: one process on in-memory defaults, or Redis-backed
// modules shared by server and worker processes, and S3 files when a bucket is configured.

// Medusa loads medusa-config.ts with require(); so does this test.
register({ transpileOnly: true, swc: true, project: path.resolve(__dirname, "../../../tsconfig.json") })
const requireConfig = createRequire(__filename)
const CONFIG = path.resolve(__dirname, "../../../medusa-config.ts")
const saved = { ...process.env }

function configWith(env: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  delete requireConfig.cache[CONFIG]
  return requireConfig(CONFIG) as Config
}
// defineConfig keys the modules by name; each keeps its `resolve`.
type Config = { projectConfig: any; modules: Record<string, any>; featureFlags?: Record<string, boolean> }
const resolves = (config: Config) => Object.values(config.modules).map((m) => m?.resolve)
const moduleOf = (config: Config, resolve: string) => Object.values(config.modules).find((m) => m?.resolve === resolve)

const savedCommand = process.argv[2]
afterEach(() => {
  process.env = { ...saved }
  process.argv[2] = savedCommand!
})

describe("medusa-config by environment", () => {
  // The first require compiles medusa-config.ts and what it imports: seconds on a busy machine.
  beforeAll(() => {
    configWith({ NODE_ENV: "test" })
  }, 120_000)

  it("runs on in-memory defaults and local files without Redis or S3", () => {
    const config = configWith({ REDIS_URL: undefined, S3_BUCKET: undefined, NODE_ENV: "test" })
    expect(config.projectConfig.redisUrl).toBeUndefined()
    expect(resolves(config)).not.toContain("@medusajs/medusa/event-bus-redis")
    expect(moduleOf(config, "@medusajs/medusa/caching").options).toEqual({ in_memory: { enable: true } })
    expect(moduleOf(config, "@medusajs/medusa/file").options.providers[0].resolve).toBe("@medusajs/medusa/file-local")
    expect(config.featureFlags?.caching).not.toBe(true)
  })

  it("shares events, workflows, caches, locks and sessions through Redis when REDIS_URL is set", () => {
    const redisUrl = "redis://redis:6379"
    const config = configWith({ REDIS_URL: redisUrl, NODE_ENV: "test" })
    expect(config.projectConfig.redisUrl).toBe(redisUrl)
    expect(moduleOf(config, "@medusajs/medusa/event-bus-redis").options).toEqual({ redisUrl })
    expect(moduleOf(config, "@medusajs/medusa/workflow-engine-redis").options).toEqual({ redis: { redisUrl } })
    expect(moduleOf(config, "@medusajs/medusa/caching").options.providers[0]).toMatchObject({
      resolve: "@medusajs/medusa/caching-redis",
      options: { redisUrl },
    })
    expect(moduleOf(config, "@medusajs/medusa/locking").options.providers[0]).toMatchObject({
      resolve: "@medusajs/medusa/locking-redis",
      options: { redisUrl },
    })
  })

  it("stores files in S3 (path-style for MinIO) when S3_BUCKET is set", () => {
    const config = configWith({
      NODE_ENV: "test",
      S3_BUCKET: "foto",
      S3_FILE_URL: "https://files.example.org/foto",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_REGION: "ap-southeast-3",
      S3_ENDPOINT: "http://minio:9000",
    })
    const [provider] = moduleOf(config, "@medusajs/medusa/file").options.providers
    expect(provider).toMatchObject({
      resolve: "@medusajs/medusa/file-s3",
      options: {
        bucket: "foto",
        file_url: "https://files.example.org/foto",
        region: "ap-southeast-3",
        endpoint: "http://minio:9000",
        additional_client_config: { forcePathStyle: true },
      },
    })
  })

  it("refuses a production start with demo secrets", () => {
    process.argv[2] = "start"
    expect(() => configWith({ NODE_ENV: "production", JWT_SECRET: undefined })).toThrow(/JWT_SECRET is not set/)
  })
})

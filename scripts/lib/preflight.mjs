// Checks that run before anything is installed or started, so a newcomer gets a sentence, not a stack trace.
// Only Node built-ins here: this file must load on any Node version.
import net from "node:net"

export const MIN_NODE_MAJOR = 20

export function fail(message) {
  console.error(`\n✖ ${message}\n`)
  process.exit(1)
}

/** The sentence to show when this Node.js is too old, or null when it will do. */
export function nodeVersionProblem(version = process.versions.node) {
  const major = Number(String(version).replace(/^v/, "").split(".")[0])
  if (major >= MIN_NODE_MAJOR) return null
  return (
    `Node.js ${MIN_NODE_MAJOR} or newer is needed; this is Node.js ${version}.\n` +
    `  Install a current Node.js (https://nodejs.org) and run the command again.`
  )
}

export function checkNodeVersion() {
  const problem = nodeVersionProblem()
  if (problem) fail(problem)
}

export function isPortFree(port, host = "0.0.0.0") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, host)
  })
}

/** @param {{port:number, use:string, env?:string}[]} needs */
export async function checkPortsFree(needs) {
  const taken = []
  for (const need of needs) {
    if (!(await isPortFree(need.port))) taken.push(need)
  }
  if (taken.length) {
    fail(
      taken
        .map(
          (t) =>
            `Port ${t.port} is already in use, and ${t.use} needs it.` +
            (t.env ? ` Stop whatever is using it, or choose another port with ${t.env}=<port>.` : " Stop whatever is using it.")
        )
        .join("\n  ")
    )
  }
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

// Writes a Brotli copy (quality 11) next to every JavaScript and CSS file of a production build, once, at
// build time. `server.mjs` serves these to browsers that accept Brotli: about 15% fewer bytes than the gzip
// `next start` produces on the fly (the framework's ~131 KB of gzipped JS become ~115 KB).
import { readdir, readFile, stat, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { brotliCompress, constants } from "node:zlib"

const compress = promisify(brotliCompress)
const MIN_BYTES = 256

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* files(full)
    else if (/\.(js|css)$/.test(entry.name)) yield full
  }
}

export async function precompress(staticDir) {
  let count = 0
  let before = 0
  let after = 0
  const jobs = []
  for await (const file of files(staticDir)) {
    const { size } = await stat(file)
    if (size < MIN_BYTES) continue
    jobs.push(
      (async () => {
        const source = await readFile(file)
        const br = await compress(source, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
          },
        })
        await writeFile(`${file}.br`, br)
        count += 1
        before += source.length
        after += br.length
      })()
    )
  }
  await Promise.all(jobs)
  return { count, before, after }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
  const staticDir = path.join(root, process.env.NEXT_DIST_DIR || ".next", "static")
  const { count, before, after } = await precompress(staticDir)
  console.log(`Brotli: ${count} files, ${before} → ${after} bytes`)
}

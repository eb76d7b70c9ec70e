// `node scripts/bench/media.mjs [--images=12] [--parallel=<CPUs>]`: throughput and peak memory of the upload
// image pipeline (packages/media, built) on 12-megapixel phone photos: 4000×3000 JPEGs of photo-like content
// (about 3–4 MB each) with camera EXIF and GPS, every second one portrait (EXIF Orientation 6). The photos are made
// first, in this process; the pipeline then runs in a fresh child process, so its peak RSS is the pipeline's own
// (Node, sharp/libvips, the input files in memory and the outputs). Prints one summary line; exits 0.
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const MEDIA_DIR = path.join(ROOT, "packages", "media")
const MEDIA_DIST = path.join(MEDIA_DIR, "dist", "index.js")
const WIDTH = 4000
const HEIGHT = 3000

/** `--images=N` and `--parallel=N` (or `--images N`); defaults 12 and the number of CPUs. */
export function parseArgs(argv, cpus = os.availableParallelism?.() ?? os.cpus().length) {
  const options = { images: 12, parallel: cpus }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2)
    const key = flag.replace(/^--/, "")
    if (!(key in options)) throw new Error(`Unknown option ${argv[i]}: use --images=N and --parallel=N.`)
    const value = Number(inline ?? argv[++i])
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${key} needs a whole number of at least 1.`)
    options[key] = value
  }
  return options
}

export function median(values) {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1)

/** The one line the bench prints. */
export function summaryLine(r) {
  return (
    `media pipeline: ${r.images} × ${r.width}×${r.height} JPEG (${mb(r.inputBytes / r.images)} MB avg, EXIF+GPS), ` +
    `parallel ${r.parallel}: ${(r.images / (r.wallMs / 1000)).toFixed(2)} images/s, ` +
    `${Math.round(r.wallMs / r.images)} ms/image wall, ${Math.round(median(r.latenciesMs))} ms median latency, ` +
    `peak RSS ${Math.round(r.peakRssBytes / (1024 * 1024))} MB (${Math.round(r.baselineRssBytes / (1024 * 1024))} MB before the first image); ` +
    `${r.variantsPerImage.join("/")} variants, ${Math.round(r.outputBytes / r.images / 1024)} kB of WebP per image`
  )
}

function requireSharp() {
  return createRequire(path.join(MEDIA_DIR, "package.json"))("sharp")
}

/** Builds packages/media when dist is missing or older than a source file (with its own tsc, offline). */
function ensureBuilt() {
  const sources = fs.readdirSync(path.join(MEDIA_DIR, "src"), { recursive: true }).filter((f) => String(f).endsWith(".ts"))
  const built = fs.existsSync(MEDIA_DIST) ? fs.statSync(MEDIA_DIST).mtimeMs : 0
  const stale = sources.some((f) => fs.statSync(path.join(MEDIA_DIR, "src", String(f))).mtimeMs > built)
  if (!stale) return
  const tsc = path.join(MEDIA_DIR, "node_modules", ".bin", "tsc")
  if (!fs.existsSync(tsc)) {
    console.error("packages/media is not built: run `npx -y pnpm@9.15.9 --dir packages/media build` first (after `pnpm install`).")
    process.exit(1)
  }
  console.log("• Building packages/media…")
  const result = spawnSync(tsc, ["-p", "tsconfig.build.json"], { cwd: MEDIA_DIR, stdio: "inherit" })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** Deterministic pseudo-random numbers (xorshift32), so every run makes the same photos. */
function random(seed) {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 4294967296
  }
}

/** A 4000×3000 photo-like JPEG: gradient, soft shapes, coarse texture and sensor-like noise, with phone EXIF. */
export async function makePhoto(sharp, index) {
  const rnd = random(index * 7919 + 17)
  const hue = Math.floor(rnd() * 360)
  const shapes = Array.from({ length: 40 }, () => {
    const [x, y, r] = [rnd() * WIDTH, rnd() * HEIGHT, 60 + rnd() * 400]
    return `<ellipse cx="${x.toFixed(0)}" cy="${y.toFixed(0)}" rx="${r.toFixed(0)}" ry="${(r * (0.4 + rnd())).toFixed(0)}" fill="hsl(${Math.floor(hue + rnd() * 120) % 360},${40 + Math.floor(rnd() * 40)}%,${30 + Math.floor(rnd() * 40)}%)" fill-opacity="0.6"/>`
  })
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">` +
    `<stop offset="0" stop-color="hsl(${hue},45%,40%)"/><stop offset="1" stop-color="hsl(${(hue + 90) % 360},35%,70%)"/></linearGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#g)"/>${shapes.join("")}</svg>`
  const { data: background } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true })
  // Coarse texture (woven cloth, wood…): noise at 1/8 size, enlarged smoothly.
  const [cw, ch] = [WIDTH / 8, HEIGHT / 8]
  const coarse = Buffer.alloc(cw * ch)
  for (let i = 0; i < coarse.length; i++) coarse[i] = Math.floor(rnd() * 256)
  const texture = await sharp(coarse, { raw: { width: cw, height: ch, channels: 1 } }).resize(WIDTH, HEIGHT, { kernel: "cubic" }).raw().toBuffer()
  let s = (index + 1) * 2654435761
  for (let i = 0, p = 0; i < background.length; i += 3, p++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    const delta = ((s >>> 24) & 15) - 8 + ((texture[p] - 128) >> 2)
    for (let c = 0; c < 3; c++) background[i + c] = Math.max(0, Math.min(255, background[i + c] + delta))
  }
  return sharp(background, { raw: { width: WIDTH, height: HEIGHT, channels: 3 } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: index % 2 ? 6 : 1 })
    .withExif({
      IFD0: { Make: "Xiaomi", Model: "Redmi 9A", Software: "MIUI Camera", DateTime: "2024:05:01 10:11:12" },
      IFD2: { DateTimeOriginal: "2024:05:01 10:11:12", ExposureTime: "1/120", FNumber: "22/10", ISOSpeedRatings: "200" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "3/1 42/1 1234/100", GPSLongitudeRef: "E", GPSLongitude: "98/1 40/1 5678/100" },
    })
    .toBuffer()
}

/**
 * This process's peak RSS. On Linux, VmHWM of /proc/self/status: getrusage's maxRSS would not do, as a child
 * started by fork + exec inherits its parent's high-water mark (here: the parent that made the photos).
 */
function peakRss() {
  try {
    const kB = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync("/proc/self/status", "utf8"))?.[1]
    if (kB) return Number(kB) * 1024
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024
}

/** In the child: process every file with `parallel` uploads at a time; report timings and peak RSS as JSON. */
async function worker(dir, parallel) {
  const { processUpload } = await import(pathToFileURL(MEDIA_DIST).href)
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".jpg")).sort()
  const inputs = files.map((f) => fs.readFileSync(path.join(dir, f)))
  const sharp = requireSharp()
  await processUpload(await sharp({ create: { width: 64, height: 48, channels: 3, background: "#888" } }).jpeg().toBuffer()) // load libvips
  const baselineRssBytes = process.memoryUsage().rss
  const latenciesMs = []
  const variantsPerImage = []
  let outputBytes = 0
  let next = 0
  const started = performance.now()
  await Promise.all(
    Array.from({ length: Math.min(parallel, inputs.length) }, async () => {
      while (next < inputs.length) {
        const input = inputs[next++]
        const t = performance.now()
        const result = await processUpload(input)
        latenciesMs.push(performance.now() - t)
        variantsPerImage.push(result.variants.map((v) => `${v.width}×${v.height}`).join("+"))
        outputBytes += result.variants.reduce((sum, v) => sum + v.bytes.length, 0)
      }
    }),
  )
  const wallMs = performance.now() - started
  process.stdout.write(
    JSON.stringify({
      images: inputs.length,
      inputBytes: inputs.reduce((sum, b) => sum + b.length, 0),
      wallMs,
      latenciesMs,
      variantsPerImage: [...new Set(variantsPerImage.map((v) => v.split("+").length))],
      variantSizes: [...new Set(variantsPerImage)],
      outputBytes,
      baselineRssBytes,
      peakRssBytes: peakRss(),
      libuvThreads: Number(process.env.UV_THREADPOOL_SIZE || 4),
      sharpConcurrency: sharp.concurrency(),
    }),
  )
}

async function main() {
  if (process.argv[2] === "--worker") return worker(process.argv[3], Number(process.argv[4]))
  let options
  try {
    options = parseArgs(process.argv.slice(2))
  } catch (error) {
    console.error(error.message)
    process.exit(2)
  }
  ensureBuilt()
  const sharp = requireSharp()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "media-bench-"))
  try {
    console.log(`• Making ${options.images} photos of ${WIDTH}×${HEIGHT}…`)
    for (let i = 0; i < options.images; i++) {
      fs.writeFileSync(path.join(dir, `${String(i).padStart(4, "0")}.jpg`), await makePhoto(sharp, i))
    }
    console.log(`• Processing them, ${options.parallel} at a time, in a fresh process…`)
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--worker", dir, String(options.parallel)], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 16 * 1024 * 1024,
    })
    if (child.status !== 0) {
      console.error(`The benchmark's worker failed (exit ${child.status}).`)
      process.exit(1)
    }
    const result = JSON.parse(child.stdout)
    console.log(`  variants: ${result.variantSizes.join(", ")}; sharp.concurrency() ${result.sharpConcurrency}, libuv threads ${result.libuvThreads}`)
    console.log(summaryLine({ ...result, width: WIDTH, height: HEIGHT, parallel: options.parallel }))
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main()

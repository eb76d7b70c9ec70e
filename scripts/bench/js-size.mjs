// `node scripts/bench/js-size.mjs <page URL>…`: the JavaScript files a page loads from its HTML, with their
// raw and gzipped sizes, to see where the bytes go. Gzip is level 6, as `next start` compresses; the total is
// close to Lighthouse's transferred JS (which also counts a few hundred bytes of headers per file).
// `nomodule` scripts are listed apart: modern browsers never download them.
import zlib from "node:zlib"

/** Script URLs a page's HTML references: `<script src>` and `<link rel=preload|modulepreload as=script>`. */
export function scriptUrls(html, pageUrl) {
  const found = new Map()
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(tag)?.[1]
    if (src) found.set(new URL(src.replaceAll("&amp;", "&"), pageUrl).href, { nomodule: /\snomodule\b/i.test(tag) })
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const isScript = /\srel="(?:preload|modulepreload)"/.test(tag) && /\sas="script"/.test(tag) || /\srel="modulepreload"/.test(tag)
    const href = /\shref="([^"]+)"/.exec(tag)?.[1]
    if (isScript && href) {
      const url = new URL(href.replaceAll("&amp;", "&"), pageUrl).href
      if (!found.has(url)) found.set(url, { nomodule: false })
    }
  }
  return [...found].map(([url, { nomodule }]) => ({ url, nomodule }))
}

export async function pageScripts(pageUrl) {
  const response = await fetch(pageUrl)
  if (!response.ok) throw new Error(`${pageUrl} answered ${response.status}`)
  const html = await response.text()
  const scripts = []
  for (const { url, nomodule } of scriptUrls(html, pageUrl)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer())
    scripts.push({ url, nomodule, raw: body.length, gzip: zlib.gzipSync(body, { level: 6 }).length })
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("")
  return { html: { raw: Buffer.byteLength(html), gzip: zlib.gzipSync(html, { level: 6 }).length }, inlineScriptRaw: Buffer.byteLength(inline), scripts }
}

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  const urls = process.argv.slice(2)
  if (!urls.length) {
    console.error("Usage: node scripts/bench/js-size.mjs <page URL> [<page URL>…]")
    process.exit(2)
  }
  for (const pageUrl of urls) {
    const { html, inlineScriptRaw, scripts } = await pageScripts(pageUrl)
    console.log(`\n${pageUrl}  (HTML ${html.raw} B, ${html.gzip} B gzipped; inline scripts ${inlineScriptRaw} B raw)`)
    const loaded = scripts.filter((s) => !s.nomodule)
    for (const s of [...loaded].sort((a, b) => b.gzip - a.gzip)) {
      console.log(`  ${String(s.gzip).padStart(8)} B gz ${String(s.raw).padStart(9)} B raw  ${new URL(s.url).pathname}`)
    }
    for (const s of scripts.filter((s) => s.nomodule)) {
      console.log(`  (nomodule, not loaded by modern browsers: ${s.gzip} B gz  ${new URL(s.url).pathname})`)
    }
    const sum = (key) => loaded.reduce((n, s) => n + s[key], 0)
    console.log(`  ${String(sum("gzip")).padStart(8)} B gz ${String(sum("raw")).padStart(9)} B raw  total, ${loaded.length} files`)
  }
}

// Photos for upload tests, made here with sharp or by hand (no binary files). Copied, trimmed, from
// packages/media/src/testing/fixtures.ts (not part of that package's build): a phone photo carrying GPS EXIF,
// XMP and IPTC, and a decompression bomb.
import zlib from "node:zlib"
import sharp from "sharp"

/** Strings planted in the photo's metadata: none may appear in anything stored. */
export const SECRETS = {
  artist: "Ibu Sari Marelan",
  city: "Medan Marelan",
  datum: "WGS-84",
  comment: "Lokasi rumah: Jalan Marelan Raya 7",
} as const

/** EXIF of a phone photo, GPS IFD included (libvips names the IFDs 0 main, 2 Exif, 3 GPS). */
export const PHONE_EXIF = {
  IFD0: { Make: "Xiaomi", Model: "Redmi 9A", Artist: SECRETS.artist, Software: "MIUI Camera" },
  IFD2: { DateTimeOriginal: "2024:05:01 10:11:12" },
  IFD3: {
    GPSLatitudeRef: "N",
    GPSLatitude: "3/1 42/1 1234/100",
    GPSLongitudeRef: "E",
    GPSLongitude: "98/1 40/1 5678/100",
    GPSMapDatum: SECRETS.datum,
  },
}

/** The GPS latitude's last rational (1234/100) as EXIF writes it, little-endian: GPS data, not just a tag name. */
export const GPS_RATIONAL_BYTES = Buffer.from([0xd2, 0x04, 0x00, 0x00, 0x64, 0x00, 0x00, 0x00])

export const XMP_PACKET =
  '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/"' +
  ` exif:GPSLatitude="3,42.2N" exif:GPSLongitude="98,40.9E" dc:creator="${SECRETS.artist}"/>` +
  "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"

/** Byte strings that would betray metadata in a stored file. */
export const FORBIDDEN_STRINGS = [
  "Exif",
  "EXIF",
  "GPS",
  "<x:xmpmeta",
  "xmpmeta",
  "Photoshop 3.0",
  "8BIM",
  "ICC_PROFILE",
  "Xiaomi",
  "Redmi",
  "MIUI",
  ...Object.values(SECRETS),
]

/** A photo-like picture (gradient with a shape), so JPEG and WebP have real work to do. */
export function photoLike(width: number, height: number): sharp.Sharp {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#b5651d"/>' +
    '<stop offset="1" stop-color="#3a5f3a"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>' +
    `<circle cx="${width / 3}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="#e8c07a"/></svg>`
  return sharp(Buffer.from(svg))
}

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(4)
  header[0] = 0xff
  header[1] = marker
  header.writeUInt16BE(payload.length + 2, 2)
  return Buffer.concat([header, payload])
}

/** Inserts segments right after a JPEG's SOI marker. */
function withJpegSegments(jpeg: Buffer, segments: Buffer[]): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)])
}

/** An APP13 "Photoshop 3.0" segment with one 8BIM resource 0x0404 holding IPTC-IIM datasets of record 2. */
function iptcSegment(datasets: { tag: number; value: string }[]): Buffer {
  const iim = Buffer.concat([
    Buffer.from([0x1c, 0x02, 0x00, 0x00, 0x02, 0x00, 0x04]), // 2:00 record version 4
    ...datasets.map(({ tag, value }) => {
      const text = Buffer.from(value, "utf8")
      const head = Buffer.from([0x1c, 0x02, tag, 0, 0])
      head.writeUInt16BE(text.length, 3)
      return Buffer.concat([head, text])
    }),
  ])
  const size = Buffer.alloc(4)
  size.writeUInt32BE(iim.length)
  const padding = Buffer.alloc(iim.length % 2)
  const resource = Buffer.concat([Buffer.from("8BIM", "latin1"), Buffer.from([0x04, 0x04, 0x00, 0x00]), size, iim, padding])
  return jpegSegment(0xed, Buffer.concat([Buffer.from("Photoshop 3.0\0", "latin1"), resource]))
}

/**
 * A phone-like JPEG carrying everything: EXIF with GPS, XMP with GPS, an ICC profile (Display P3), IPTC
 * by-line and city, and a comment.
 */
export async function jpegWithEverything(width: number, height: number): Promise<Buffer> {
  const base = await photoLike(width, height)
    .jpeg({ quality: 90 })
    .withExif(PHONE_EXIF)
    .withXmp(XMP_PACKET)
    .withIccProfile("p3")
    .toBuffer()
  return withJpegSegments(base, [
    iptcSegment([
      { tag: 80, value: SECRETS.artist }, // 2:80 By-line
      { tag: 90, value: SECRETS.city }, // 2:90 City
    ]),
    jpegSegment(0xfe, Buffer.from(SECRETS.comment, "utf8")), // COM
  ])
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, "latin1"), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A complete, valid PNG of 20000 × 20000 pixels (400 megapixels) in about 50 kB: 1-bit greyscale, all zero,
 * deflated. Decoding it would take hundreds of megabytes and seconds: a decompression bomb.
 */
export function pngBomb(size = 20_000): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  const rowBytes = 1 + Math.ceil(size / 8) // filter byte + packed pixels
  const idat = zlib.deflateSync(Buffer.alloc(rowBytes * size), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", idat),
    pngChunk("IEND", Buffer.alloc(0)),
  ])
}

/** The chunk types of a RIFF/WebP file, in order. */
export function webpChunks(webp: Buffer): string[] {
  const chunks: string[] = []
  for (let offset = 12; offset + 8 <= webp.length; ) {
    const size = webp.readUInt32LE(offset + 4)
    chunks.push(webp.toString("latin1", offset, offset + 4))
    offset += 8 + size + (size % 2)
  }
  return chunks
}

/** A multipart/form-data body, built by hand so tests control every part (names, types, no file at all). */
export function multipart(parts: { name: string; filename?: string; type?: string; content: Buffer | string }[]) {
  const boundary = `----rumah-karya-test-${Date.now()}`
  const chunks: Buffer[] = []
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? "" : `; filename="${part.filename}"`}`
    const type = part.type ? `Content-Type: ${part.type}\r\n` : ""
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${type}\r\n`, "utf8"))
    chunks.push(Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content, "utf8"))
    chunks.push(Buffer.from("\r\n"))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` }
}

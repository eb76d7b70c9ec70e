// Test fixtures, all made here with sharp or by hand (no binary files): photos carrying the metadata a phone
// writes, and the hostile or broken uploads the pipeline must refuse. Exported as `@rumah-karya/media/testing`
// for the backend's upload tests; nothing else imports it.
import zlib from "node:zlib";
import sharp from "sharp";

/** Strings planted in every kind of metadata: none may appear in any stored variant. */
export const SECRETS = {
  artist: "Ibu Sari Marelan",
  city: "Medan Marelan",
  datum: "WGS-84",
  comment: "Lokasi rumah: Jalan Marelan Raya 7",
} as const;

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
};

/** The GPS latitude's last rational (1234/100) as EXIF writes it, little-endian: GPS data, not just a tag name. */
export const GPS_RATIONAL_BYTES = Buffer.from([0xd2, 0x04, 0x00, 0x00, 0x64, 0x00, 0x00, 0x00]);

export const XMP_PACKET =
  '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
  '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:exif="http://ns.adobe.com/exif/1.0/"' +
  ` exif:GPSLatitude="3,42.2N" exif:GPSLongitude="98,40.9E" dc:creator="${SECRETS.artist}"/>` +
  '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>';

/** Byte strings that would betray metadata in an output file. */
export const FORBIDDEN_STRINGS = [
  "Exif",
  "EXIF",
  "GPS",
  "<x:xmpmeta",
  "xmpmeta",
  "Photoshop 3.0",
  "8BIM",
  "ICC_PROFILE",
  "ICCP",
  "XMP ",
  "Xiaomi",
  "Redmi",
  "MIUI",
  ...Object.values(SECRETS),
];

/** Width × height of solid colour, or with a left-half/right-half split to see orientation. */
export function canvas(width: number, height: number, colour = "#c04020"): sharp.Sharp {
  return sharp({ create: { width, height, channels: 3, background: colour } });
}

/** Left half red, right half blue: after orientation, where red ends up tells how the picture was turned. */
export async function splitPicture(width: number, height: number): Promise<sharp.Sharp> {
  const half = await canvas(Math.floor(width / 2), height, "#0000ff").png().toBuffer();
  return canvas(width, height, "#ff0000").composite([{ input: half, left: Math.floor(width / 2), top: 0 }]);
}

/** A photo-like picture (gradient with shapes), so JPEG and WebP have real work to do. */
export function photoLike(width: number, height: number): sharp.Sharp {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#b5651d"/>' +
    '<stop offset="1" stop-color="#3a5f3a"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>' +
    `<circle cx="${width / 3}" cy="${height / 2}" r="${Math.min(width, height) / 4}" fill="#e8c07a"/></svg>`;
  return sharp(Buffer.from(svg));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(width: number, height: number, bitDepth: number, colourType: number): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data[8] = bitDepth;
  data[9] = colourType;
  return pngChunk("IHDR", data);
}

/** Inserts chunks right after a PNG's IHDR (signature 8 bytes + IHDR 25 bytes). */
export function withPngChunks(png: Buffer, chunks: Buffer[]): Buffer {
  return Buffer.concat([png.subarray(0, 33), ...chunks, png.subarray(33)]);
}

export function pngText(keyword: string, text: string): Buffer {
  return pngChunk("tEXt", Buffer.from(`${keyword}\0${text}`, "latin1"));
}

/** XMP as PNG carries it: an uncompressed iTXt chunk with the keyword XML:com.adobe.xmp. */
export function pngXmp(xmp: string): Buffer {
  return pngChunk("iTXt", Buffer.concat([Buffer.from("XML:com.adobe.xmp\0\0\0\0\0", "latin1"), Buffer.from(xmp, "utf8")]));
}

/**
 * A complete, valid PNG of 20000 × 20000 pixels (400 megapixels) in about 50 kB: 1-bit greyscale, all zero,
 * deflated. Decoding it would take hundreds of megabytes and seconds: a decompression bomb.
 */
export function pngBomb(size = 20_000): Buffer {
  const rowBytes = 1 + Math.ceil(size / 8); // filter byte + packed pixels
  const idat = zlib.deflateSync(Buffer.alloc(rowBytes * size), { level: 9 });
  return Buffer.concat([PNG_SIGNATURE, ihdr(size, size, 1, 0), pngChunk("IDAT", idat), pngChunk("IEND", Buffer.alloc(0))]);
}

/** A PNG whose header claims 20000 × 20000 RGB but whose data is garbage: only the header can be trusted to refuse it. */
export function pngBombHeaderOnly(size = 20_000): Buffer {
  return Buffer.concat([
    PNG_SIGNATURE,
    ihdr(size, size, 8, 2),
    pngChunk("IDAT", Buffer.from("not a deflate stream at all")),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header[0] = 0xff;
  header[1] = marker;
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** Inserts segments right after a JPEG's SOI marker. */
export function withJpegSegments(jpeg: Buffer, segments: Buffer[]): Buffer {
  return Buffer.concat([jpeg.subarray(0, 2), ...segments, jpeg.subarray(2)]);
}

/** An APP13 "Photoshop 3.0" segment with one 8BIM resource 0x0404 holding IPTC-IIM datasets of record 2. */
export function iptcSegment(datasets: { tag: number; value: string }[]): Buffer {
  const iim = Buffer.concat([
    Buffer.from([0x1c, 0x02, 0x00, 0x00, 0x02, 0x00, 0x04]), // 2:00 record version 4
    ...datasets.map(({ tag, value }) => {
      const text = Buffer.from(value, "utf8");
      const head = Buffer.from([0x1c, 0x02, tag, 0, 0]);
      head.writeUInt16BE(text.length, 3);
      return Buffer.concat([head, text]);
    }),
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iim.length);
  const padding = Buffer.alloc(iim.length % 2);
  const resource = Buffer.concat([Buffer.from("8BIM", "latin1"), Buffer.from([0x04, 0x04, 0x00, 0x00]), size, iim, padding]);
  return jpegSegment(0xed, Buffer.concat([Buffer.from("Photoshop 3.0\0", "latin1"), resource]));
}

/** A JPEG COM (comment) segment. */
export function commentSegment(text: string): Buffer {
  return jpegSegment(0xfe, Buffer.from(text, "utf8"));
}

/**
 * A phone-like JPEG carrying everything: EXIF with GPS (and an Orientation), XMP with GPS, an ICC profile
 * (Display P3, as some phones embed), IPTC by-line and city, and a comment.
 */
export async function jpegWithEverything(width: number, height: number, orientation = 1): Promise<Buffer> {
  const base = await photoLike(width, height)
    .jpeg({ quality: 90 })
    .withMetadata({ orientation })
    .withExif(PHONE_EXIF)
    .withXmp(XMP_PACKET)
    .withIccProfile("p3")
    .toBuffer();
  return withJpegSegments(base, [
    iptcSegment([
      { tag: 80, value: SECRETS.artist }, // 2:80 By-line
      { tag: 90, value: SECRETS.city }, // 2:90 City
    ]),
    commentSegment(SECRETS.comment),
  ]);
}

/** The chunk types of a RIFF/WebP file, in order. */
export function webpChunks(webp: Buffer): string[] {
  const chunks: string[] = [];
  for (let offset = 12; offset + 8 <= webp.length; ) {
    const size = webp.readUInt32LE(offset + 4);
    chunks.push(webp.toString("latin1", offset, offset + 4));
    offset += 8 + size + (size % 2);
  }
  return chunks;
}

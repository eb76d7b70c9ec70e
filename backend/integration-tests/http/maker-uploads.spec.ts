import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"
import { MEDIA_LIMITS } from "@rumah-karya/media"
import { MAKER_MODULE, type MakerModuleService } from "../../src/modules/maker"
import { SESSION_ENDED_MESSAGE } from "../../src/modules/maker/access-rules"
import { captureOutput } from "../helpers/output-capture"
import { attempt, makerIdByHandle, setUpDemoStore, type DemoStore } from "../helpers/makers"
import {
  FORBIDDEN_STRINGS,
  GPS_RATIONAL_BYTES,
  SECRETS,
  jpegWithEverything,
  pngBomb,
  webpChunks,
} from "@rumah-karya/media/testing"
import { multipart } from "../helpers/multipart"

// POST /maker/uploads (docs/maker-portal-api.md): a maker uploads one product photo; only the pipeline's
// cleaned WebP variants are stored (in the File module's upload dir, a temp dir here), never her original
// file, its name or its metadata. Bad files and bad requests store nothing.

const printed = captureOutput()

/** A file name a phone might give: it must not be stored, answered or printed anywhere. */
const PHONE_FILE_NAME = "IMG_Marelan_rumah_20240501.jpg"

let uploadDir: string
// Medusa reads FILE_UPLOAD_DIR (medusa-config.ts) when it boots: in the runner's own beforeAll, registered after this one.
beforeAll(() => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "maker-uploads-"))
  process.env.FILE_UPLOAD_DIR = uploadDir
})
afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }))

/** Every file in the upload dir, as paths relative to it. */
const storedFiles = () =>
  (fs.readdirSync(uploadDir, { recursive: true }) as string[])
    .filter((entry) => fs.statSync(path.join(uploadDir, entry)).isFile())
    .sort()

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const PIN = { rina: "482913", melati: "915372", sondang: "604281" }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let demo: DemoStore
    const makers = () => getContainer().resolve<MakerModuleService>(MAKER_MODULE)
    const expectStatus = (response: any, code: number) =>
      expect(response.status, `${response.status} ${JSON.stringify(response.data)}`).toBe(code)

    /** Staff invite the maker with this handle; she accepts. Her id and portal token. */
    const withLogin = async (handle: string, identifier: string, password: string) => {
      const makerId = await makerIdByHandle(api, demo.admin, handle)
      const { data } = await api.post(`/admin/makers/${makerId}/invite`, {}, demo.admin)
      const accepted = await attempt(api.post("/maker/invites/accept", { code: data.invite.code, identifier, password }))
      expectStatus(accepted, 200)
      return { makerId, token: accepted.data.token as string }
    }

    type Part = Parameters<typeof multipart>[0][number]
    const upload = (parts: Part[], headers: Record<string, string> = {}) => {
      const { body, contentType } = multipart(parts)
      return attempt(api.post("/maker/uploads", body, { headers: { "content-type": contentType, ...headers }, maxBodyLength: Infinity }))
    }
    const photo = (content: Buffer | string, filename = PHONE_FILE_NAME, type = "image/jpeg"): Part => ({ name: "file", filename, type, content })

    /** Runs `request`, then checks that nothing new was stored: no file in the upload dir, no maker_upload row. */
    const storesNothing = async (request: () => Promise<any>) => {
      const filesBefore = storedFiles()
      const rowsBefore = await makers().listMakerUploads({}, { select: ["id"] })
      const response = await request()
      expect(storedFiles()).toEqual(filesBefore)
      expect(await makers().listMakerUploads({}, { select: ["id"] })).toHaveLength(rowsBefore.length)
      return response
    }

    beforeAll(async () => {
      demo = await setUpDemoStore(getContainer(), api)
    })

    it("stores only metadata-free WebP variants of her phone photo, under random names, and records the upload as hers", async () => {
      const { makerId, token } = await withLogin("rina", "0813-7025-5194", PIN.rina)
      const input = await jpegWithEverything(1700, 1100)

      // The fixture really carries GPS EXIF, XMP and IPTC (and an ICC profile and a comment).
      const before = await sharp(input).metadata()
      expect(before.exif?.toString("latin1")).toContain(SECRETS.datum)
      expect(before.exif?.includes(GPS_RATIONAL_BYTES)).toBe(true)
      expect(before.xmpAsString).toContain("exif:GPSLatitude")
      expect(before.iptc?.toString("utf8")).toContain(SECRETS.city)
      expect(before.icc).toBeDefined()
      for (const text of ["Exif", "GPS", "<x:xmpmeta", "Photoshop 3.0", "8BIM", SECRETS.artist, SECRETS.comment]) {
        expect(input.includes(Buffer.from(text, "utf8")), text).toBe(true)
      }

      const filesBefore = storedFiles()
      const response = await upload([photo(input)], bearer(token))
      expectStatus(response, 201)
      const { upload: created } = response.data
      expect(created).toEqual({
        id: expect.stringMatching(/^mkrupl_/),
        width: 1600,
        height: 1035,
        placeholder: { color: expect.stringMatching(/^#[0-9a-f]{6}$/) },
        variants: [
          { width: 400, height: 259, url: expect.any(String) },
          { width: 800, height: 518, url: expect.any(String) },
          { width: 1600, height: 1035, url: expect.any(String) },
        ],
      })
      const body = JSON.stringify(response.data)
      for (const text of [PHONE_FILE_NAME, "Marelan", "IMG_", makerId, "rina"]) expect(body).not.toContain(text)

      // Exactly one file per variant was stored, named at random; each is what the variant's URL serves.
      const added = storedFiles().filter((file) => !filesBefore.includes(file))
      expect(added).toHaveLength(3)
      const servedPaths = created.variants.map((variant: { url: string }) => {
        const match = /^https?:\/\/[^/]+\/static\/(maker-uploads\/\d+-[0-9a-f]{32}-\d+\.webp)$/.exec(variant.url)
        expect(match, variant.url).not.toBeNull()
        return match![1]!.split("/").join(path.sep)
      })
      expect([...servedPaths].sort()).toEqual([...added].sort())

      for (const [i, file] of servedPaths.entries()) {
        const bytes = fs.readFileSync(path.join(uploadDir, file))
        const metadata = await sharp(bytes).metadata()
        expect(metadata.format).toBe("webp")
        expect([metadata.width, metadata.height]).toEqual([created.variants[i].width, created.variants[i].height])
        expect(metadata.exif).toBeUndefined()
        expect(metadata.xmp).toBeUndefined()
        expect(metadata.iptc).toBeUndefined()
        expect(metadata.icc).toBeUndefined()
        expect(webpChunks(bytes).every((chunk) => ["VP8 ", "VP8L", "VP8X", "ALPH"].includes(chunk))).toBe(true)
        for (const text of [...FORBIDDEN_STRINGS, "Marelan", "IMG_"]) {
          expect(bytes.includes(Buffer.from(text, "utf8")), `"${text}" in ${file}`).toBe(false)
          expect(bytes.toString("latin1").includes(text), `"${text}" in ${file}`).toBe(false)
        }
        expect(bytes.includes(GPS_RATIONAL_BYTES)).toBe(false)
      }

      // The upload is recorded as hers, with the stored files.
      const [row] = await makers().listMakerUploads({ id: created.id })
      expect(row).toMatchObject({ maker_id: makerId, width: 1600, height: 1035, placeholder: created.placeholder })
      expect(row!.created_at).toBeTruthy()
      expect(row!.variants).toEqual(
        created.variants.map((variant: any, i: number) => ({ ...variant, file_id: servedPaths[i]!.split(path.sep).join("/") }))
      )
      expect(JSON.stringify(row)).not.toContain(PHONE_FILE_NAME)

      // Nothing of the file's name or metadata was printed.
      const output = printed.join("\n")
      for (const text of [PHONE_FILE_NAME, ...Object.values(SECRETS), "Xiaomi", "Redmi"]) expect(output).not.toContain(text)
    })

    it("refuses bad files and bad requests with a code and a clear message, storing nothing", async () => {
      const { token } = await withLogin("kak-melati", "melati.upload@example.com", PIN.melati)
      const good = await jpegWithEverything(600, 400)
      const tooLargeMessage = "The photo is larger than 15 MB."
      const cases: { what: string; parts: Part[]; code: string; message: string }[] = [
        {
          what: "a text file named photo.jpg",
          parts: [photo("Ini bukan foto, hanya teks.\n", "photo.jpg")],
          code: "unsupported_type",
          message: "The file is not a JPEG, PNG or WebP photo.",
        },
        {
          what: "a truncated JPEG",
          parts: [photo(good.subarray(0, Math.floor(good.length / 2)))],
          code: "corrupt",
          message: "The photo file is damaged or incomplete.",
        },
        {
          what: "a 20000 × 20000 PNG (decompression bomb)",
          parts: [photo(pngBomb(), "bomb.png", "image/png")],
          code: "too_many_pixels",
          message: "The photo has more than 40 megapixels.",
        },
        {
          what: "an SVG with a script",
          parts: [
            photo(
              '<svg xmlns="http://www.w3.org/2000/svg" width="500" height="500"><script>alert(document.cookie)</script>' +
                '<rect width="500" height="500" fill="red"/></svg>',
              "photo.svg",
              "image/svg+xml"
            ),
          ],
          code: "unsupported_type",
          message: "The file is not a JPEG, PNG or WebP photo.",
        },
        { what: "an empty file", parts: [photo(Buffer.alloc(0))], code: "empty", message: "The photo file is empty." },
        {
          what: "a request without a file",
          parts: [{ name: "caption", content: "Tas anyaman" }],
          code: "no_file",
          message: "Choose a photo to upload.",
        },
        {
          what: "a file one byte over 15 MB (refused by the pipeline)",
          parts: [photo(Buffer.concat([good, Buffer.alloc(MEDIA_LIMITS.maxBytes + 1 - good.length)]))],
          code: "too_large",
          message: tooLargeMessage,
        },
        {
          what: "a file of 20 MB (cut off while it arrives)",
          parts: [photo(Buffer.concat([good, Buffer.alloc(20 * 1024 * 1024 - good.length)]))],
          code: "too_large",
          message: tooLargeMessage,
        },
        {
          what: "two photos in one request",
          parts: [photo(good), photo(good)],
          code: "one_photo",
          message: 'Send one photo at a time, in the field "file".',
        },
      ]
      for (const { what, parts, code, message } of cases) {
        const response = await storesNothing(() => upload(parts, bearer(token)))
        expect(response.status, `${what}: ${JSON.stringify(response.data)}`).toBe(400)
        expect(response.data, what).toEqual({ type: "invalid_data", code, message })
      }

      // Not multipart at all.
      const json = await storesNothing(() => attempt(api.post("/maker/uploads", {}, { headers: bearer(token) })))
      expectStatus(json, 400)
      expect(json.data).toEqual({ type: "invalid_data", code: "no_file", message: "Choose a photo to upload." })
      expect(printed.join("\n")).not.toContain(PHONE_FILE_NAME)
    })

    it("needs her valid portal login: no token, a staff token, or a token from before a reset are refused", async () => {
      const input = await jpegWithEverything(600, 400)
      const noToken = await storesNothing(() => upload([photo(input)]))
      expectStatus(noToken, 401)
      // Her login is checked before the body is parsed: a body multer would refuse (two files) still gets the 401.
      expectStatus(await storesNothing(() => upload([photo(input), photo(input)])), 401)
      const admin = await storesNothing(() => upload([photo(input)], demo.admin.headers))
      expectStatus(admin, 401)

      const { makerId, token } = await withLogin("ibu-sondang", "0812-6633-4401", PIN.sondang)
      await api.post(`/admin/makers/${makerId}/reset-access`, {}, demo.admin)
      const revoked = await storesNothing(() => upload([photo(input)], bearer(token)))
      expectStatus(revoked, 401)
      expect(revoked.data.message).toBe(SESSION_ENDED_MESSAGE)
    })
  },
})

// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { MakerJoinForm, MakerLoginForm, type JoinFormProps, type LoginFormProps } from "./MakerForms"
import { MakerTiles } from "./MakerTiles"

const m = vi.hoisted(() => ({ logInMaker: vi.fn(), joinAsMaker: vi.fn() }))
vi.mock("@/lib/maker/actions", () => ({ logInMaker: m.logInMaker, joinAsMaker: m.joinAsMaker, logOutMaker: vi.fn() }))

afterEach(() => cleanup())

const identifier = {
  phone: "Nomor HP",
  phoneHint: "Contoh: 0812 3456 7890",
  email: "Email",
  emailHint: "Contoh: nama@gmail.com",
  useEmail: "Pakai email",
  usePhone: "Pakai nomor HP",
}
const secret = {
  pin: "PIN",
  password: "Kata sandi",
  useLetters: "Pakai huruf",
  useDigits: "Pakai angka (PIN)",
  show: "Lihat",
  hide: "Tutup",
}

const loginProps: LoginFormProps = {
  locale: "id",
  labelledBy: "t",
  initial: { via: "phone", secret: "pin" },
  links: { via: "/maker/login?via=email", secret: "/maker/login?secret=password" },
  strings: { identifier, secret, submit: "Masuk" },
}

describe("the login form", () => {
  it("starts with the phone keypad and the number keypad for the PIN", () => {
    render(<MakerLoginForm {...loginProps} />)
    const phone = screen.getByLabelText("Nomor HP") as HTMLInputElement
    expect(phone.type).toBe("tel")
    expect(phone.inputMode).toBe("tel")
    const pin = screen.getByLabelText("PIN") as HTMLInputElement
    expect(pin.type).toBe("password")
    expect(pin.inputMode).toBe("numeric")
    expect(pin.autocomplete).toBe("current-password")
    // Without JavaScript the switches are links to the same page with the other keyboard.
    expect(screen.getByRole("link", { name: "Pakai email" }).getAttribute("href")).toBe("/maker/login?via=email")
    expect(screen.getByRole("link", { name: "Pakai huruf" }).getAttribute("href")).toBe("/maker/login?secret=password")
    expect(screen.getByRole("button", { name: "Masuk" })).toBeTruthy()
  })

  it("switches keyboards in place, and tells the action which", async () => {
    const { container } = render(<MakerLoginForm {...loginProps} />)
    await act(async () => {
      fireEvent.click(screen.getByRole("link", { name: "Pakai email" }))
    })
    const email = screen.getByLabelText("Email") as HTMLInputElement
    expect(email.type).toBe("email")
    expect(document.activeElement).toBe(email)
    await act(async () => {
      fireEvent.click(screen.getByRole("link", { name: "Pakai huruf" }))
    })
    expect((screen.getByLabelText("Kata sandi") as HTMLInputElement).inputMode).toBe("")
    expect((container.querySelector("input[name=via]") as HTMLInputElement).value).toBe("email")
    expect((container.querySelector("input[name=secret]") as HTMLInputElement).value).toBe("password")
  })

  it("offers to show the PIN once JavaScript runs", async () => {
    render(<MakerLoginForm {...loginProps} />)
    const show = await screen.findByRole("button", { name: "Lihat" })
    await act(async () => {
      fireEvent.click(show)
    })
    expect((screen.getByLabelText("PIN") as HTMLInputElement).type).toBe("text")
    expect(screen.getByRole("button", { name: "Tutup" })).toBeTruthy()
  })
})

describe("the join form", () => {
  const joinProps: JoinFormProps = {
    locale: "id",
    labelledBy: "t",
    initial: { via: "phone", secret: "pin", code: "ABCD-EFGH" },
    links: { via: "/maker/join?code=ABCD-EFGH&via=email", secret: "/maker/join?code=ABCD-EFGH&secret=password" },
    strings: {
      code: "Kode undangan",
      codeHint: "Kode ada di pesan dari staf.",
      identifier,
      secret: { ...secret, pin: "Buat PIN", password: "Buat kata sandi", pinHint: "6 angka atau lebih." },
      repeat: { pin: "Ulangi PIN", password: "Ulangi kata sandi" },
      submit: "Buat akun",
    },
  }

  it("fills in the code from the link and asks for the PIN twice", async () => {
    render(<MakerJoinForm {...joinProps} />)
    expect((screen.getByLabelText("Kode undangan") as HTMLInputElement).value).toBe("ABCD-EFGH")
    expect(screen.getByText("Contoh: 0812 3456 7890")).toBeTruthy()
    const pin = screen.getByLabelText("Buat PIN") as HTMLInputElement
    const repeat = screen.getByLabelText("Ulangi PIN") as HTMLInputElement
    expect(pin.autocomplete).toBe("new-password")
    expect(pin.getAttribute("aria-describedby")).toBe("maker-password-hint")
    // "Lihat" shows both.
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "Lihat" }))
    })
    expect(pin.type).toBe("text")
    expect(repeat.type).toBe("text")
  })
})

describe("the home tiles", () => {
  it("are links with an icon and a word", () => {
    render(<MakerTiles label="Menu" tiles={[{ key: "products", href: "/maker/products", icon: "box", label: "Produk saya" }]} />)
    const tile = screen.getByRole("link", { name: "Produk saya" })
    expect(tile.getAttribute("href")).toBe("/maker/products")
    expect(tile.querySelector("svg[aria-hidden=true]")).toBeTruthy()
    expect(screen.getByRole("navigation", { name: "Menu" })).toBeTruthy()
  })
})

import type { Metadata } from "next"

export const metadata: Metadata = {
  title: "Halaman tidak ditemukan",
  description: "Halaman yang Anda cari tidak ada atau sudah dipindahkan.",
}

export default function NotFound() {
  return (
    <section className="container not-found" aria-labelledby="nf-title">
      <p className="not-found-code">404</p>
      <h1 id="nf-title">Halaman tidak ditemukan</h1>
      <p>Produk atau halaman yang Anda cari tidak ada, atau sudah tidak dijual lagi.</p>
      <p>
        <a href="/" className="button">
          Lihat semua karya
        </a>
      </p>
    </section>
  )
}

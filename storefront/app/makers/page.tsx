import type { Metadata } from "next"
import { MakerCard } from "@/components/MakerCard"
import { listMakers } from "@/lib/medusa"
import { MAKERS_PATH, SITE_NAME } from "@/lib/site"

export const revalidate = 300

/** Cards in the first row on a phone: their photos load eagerly (the likely LCP element). */
const PRIORITY_CARDS = 2

const TITLE = "Para pembuat"
const DESCRIPTION =
  `Kenali para perempuan di Medan yang merangkai karya ${SITE_NAME}: buket bunga, bale pengantin, ` +
  "serta hiasan dinding dan pintu dari botol plastik daur ulang."

export const metadata: Metadata = {
  title: TITLE,
  description: DESCRIPTION,
  alternates: { canonical: MAKERS_PATH },
  openGraph: { title: `${TITLE} · ${SITE_NAME}`, description: DESCRIPTION, url: MAKERS_PATH },
}

export default async function MakersPage() {
  const makers = await listMakers()

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb container">
        <ol>
          <li>
            <a href="/">Beranda</a>
          </li>
          <li aria-current="page">Pembuat</li>
        </ol>
      </nav>
      <section className="intro intro-after-breadcrumb container" aria-labelledby="makers-title">
        <h1 id="makers-title">{TITLE}</h1>
        {/* About the collective as a whole; individual makers are never described here beyond their profile. */}
        <p className="intro-lead">
          {SITE_NAME} adalah kolektif perempuan di Medan yang belajar dan berkarya bersama. Setiap karya dirangkai
          tangan oleh salah satu dari mereka, atau bersama-sama.
        </p>
        <p className="intro-note">Setiap nama di sini dipilih sendiri oleh pembuatnya, begitu pula apa yang ia ceritakan.</p>
      </section>

      <section className="category container" aria-label="Daftar pembuat">
        {makers.length === 0 ? (
          <p className="empty">Profil para pembuat sedang disiapkan. Silakan kembali lagi nanti.</p>
        ) : (
          <ul className="grid">
            {makers.map((maker, i) => (
              <MakerCard key={maker.handle} maker={maker} priority={i < PRIORITY_CARDS ? "high" : undefined} />
            ))}
          </ul>
        )}
      </section>
    </>
  )
}

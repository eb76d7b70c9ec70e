import type { Metadata, Viewport } from "next"
import { MAKERS_PATH, SITE_DESCRIPTION, SITE_NAME, SITE_TAGLINE, siteUrl } from "@/lib/site"
import "./globals.css"

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl("/")),
  title: {
    default: `${SITE_NAME} — ${SITE_TAGLINE}`,
    template: `%s · ${SITE_NAME}`,
  },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  openGraph: {
    siteName: SITE_NAME,
    locale: "id_ID",
    type: "website",
  },
}

export const viewport: Viewport = {
  themeColor: "#f7f1e8",
  width: "device-width",
  initialScale: 1,
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body>
        <a className="skip-link" href="#konten">
          Langsung ke konten
        </a>
        <header className="site-header">
          <div className="container site-header-inner">
            <a href="/" className="brand">
              {SITE_NAME}
            </a>
            <span className="brand-tagline">{SITE_TAGLINE}</span>
            <nav aria-label="Menu utama" className="site-nav">
              <ul>
                <li>
                  <a href={MAKERS_PATH}>Pembuat</a>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="konten" className="site-main">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p className="footer-name">{SITE_NAME}</p>
            <p>
              Kerajinan tangan dari botol plastik daur ulang, dibuat di Medan, Sumatera Utara. Setiap pembelian menjadi
              penghasilan bagi para pembuatnya.
            </p>
            <p className="footer-small">© {new Date().getFullYear()} {SITE_NAME}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}

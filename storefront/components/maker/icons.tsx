/**
 * The portal's icons: simple line drawings, always next to a word (never alone), hidden from screen readers.
 * 24×24, drawn with the text colour.
 */
export type IconName =
  | "logIn"
  | "logOut"
  | "join"
  | "phone"
  | "mail"
  | "eye"
  | "eyeOff"
  | "digits"
  | "letters"
  | "globe"
  | "plus"
  | "box"
  | "list"
  | "wallet"
  | "refresh"
  | "camera"
  | "trash"
  | "check"
  | "clock"
  | "pause"
  | "play"
  | "back"
  | "next"
  | "send"
  | "note"
  | "store"
  | "pencil"
  | "soldOut"
  | "bouquet"
  | "bale"
  | "wallDecor"
  | "doorDecor"

const PATHS: Record<IconName, React.ReactNode> = {
  logIn: (
    <>
      <path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4" />
      <path d="M3 12h12" />
      <path d="M11 8l4 4-4 4" />
    </>
  ),
  logOut: (
    <>
      <path d="M10 4H6a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h4" />
      <path d="M9 12h12" />
      <path d="M17 8l4 4-4 4" />
    </>
  ),
  join: (
    <>
      <circle cx="9" cy="8" r="4" />
      <path d="M2 21a7 7 0 0 1 14 0" />
      <path d="M19 8v6M16 11h6" />
    </>
  ),
  phone: (
    <>
      <rect x="7" y="2" width="10" height="20" rx="2" />
      <path d="M11 18h2" />
    </>
  ),
  mail: (
    <>
      <rect x="3" y="5" width="18" height="14" rx="2" />
      <path d="M3 7l9 6 9-6" />
    </>
  ),
  eye: (
    <>
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  eyeOff: (
    <>
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
      <path d="M4 4l16 16" />
    </>
  ),
  digits: (
    <>
      <circle cx="6" cy="7" r="1.5" />
      <circle cx="12" cy="7" r="1.5" />
      <circle cx="18" cy="7" r="1.5" />
      <circle cx="6" cy="13" r="1.5" />
      <circle cx="12" cy="13" r="1.5" />
      <circle cx="18" cy="13" r="1.5" />
      <circle cx="12" cy="19" r="1.5" />
    </>
  ),
  letters: (
    <>
      <path d="M3 19l5-14 5 14" />
      <path d="M5 14h6" />
      <path d="M16 9h3a2 2 0 0 1 2 2v8h-3.5a2.5 2.5 0 0 1 0-5H21" />
    </>
  ),
  globe: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18" />
      <path d="M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z" />
    </>
  ),
  plus: <path d="M12 4v16M4 12h16" />,
  box: (
    <>
      <path d="M3 7l9-4 9 4v10l-9 4-9-4z" />
      <path d="M3 7l9 4 9-4M12 11v10" />
    </>
  ),
  list: (
    <>
      <rect x="5" y="3" width="14" height="18" rx="2" />
      <path d="M9 8h6M9 12h6M9 16h4" />
    </>
  ),
  wallet: (
    <>
      <rect x="3" y="6" width="18" height="13" rx="2" />
      <path d="M3 10h18" />
      <circle cx="16.5" cy="14.5" r="1" />
    </>
  ),
  refresh: (
    <>
      <path d="M20 11a8 8 0 1 0-2.3 5.7" />
      <path d="M20 4v7h-7" />
    </>
  ),
  camera: (
    <>
      <path d="M3 8a2 2 0 0 1 2-2h2.5l1.5-2h6l1.5 2H19a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z" />
      <circle cx="12" cy="13" r="4" />
    </>
  ),
  trash: (
    <>
      <path d="M4 7h16M10 11v6M14 11v6" />
      <path d="M6 7l1 13h10l1-13M9 7V4h6v3" />
    </>
  ),
  check: <path d="M4 12l5 5L20 6" />,
  clock: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3 3" />
    </>
  ),
  pause: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M10 9v6M14 9v6" />
    </>
  ),
  play: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M10 8.5l5 3.5-5 3.5z" />
    </>
  ),
  back: <path d="M15 5l-7 7 7 7" />,
  next: <path d="M9 5l7 7-7 7" />,
  send: (
    <>
      <path d="M21 3L10 14" />
      <path d="M21 3l-7 18-4-7-7-4z" />
    </>
  ),
  note: (
    <>
      <path d="M4 5a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4z" />
      <path d="M8 8h8M8 12h5" />
    </>
  ),
  store: (
    <>
      <path d="M4 10v10h16V10" />
      <path d="M3 10l2-6h14l2 6c0 1.5-1.3 2.5-3 2.5S15 11.5 15 10c0 1.5-1.3 2.5-3 2.5S9 11.5 9 10c0 1.5-1.3 2.5-3 2.5S3 11.5 3 10z" />
      <path d="M10 20v-5h4v5" />
    </>
  ),
  pencil: (
    <>
      <path d="M4 20l1-5L16 4l4 4L9 19z" />
      <path d="M14 6l4 4" />
    </>
  ),
  soldOut: (
    <>
      <path d="M3 7l9-4 9 4v10l-9 4-9-4z" />
      <path d="M4 4l16 16" />
    </>
  ),
  // The four crafts, drawn simply: a bouquet, a bridal bale (a decorated stand), a wall hanging, a door wreath.
  bouquet: (
    <>
      <circle cx="8" cy="6" r="2.5" />
      <circle cx="16" cy="6" r="2.5" />
      <circle cx="12" cy="4.5" r="2.5" />
      <path d="M8 9l4 5 4-5" />
      <path d="M7 13l5 8 5-8z" />
    </>
  ),
  bale: (
    <>
      <path d="M4 21V10l8-6 8 6v11" />
      <path d="M8 21v-7h8v7" />
      <circle cx="12" cy="9" r="1.5" />
      <path d="M2 21h20" />
    </>
  ),
  wallDecor: (
    <>
      <path d="M12 3v3" />
      <path d="M5 9l7-3 7 3" />
      <rect x="5" y="9" width="14" height="11" rx="1" />
      <circle cx="12" cy="14.5" r="3" />
    </>
  ),
  doorDecor: (
    <>
      <rect x="5" y="2" width="14" height="20" rx="1" />
      <circle cx="12" cy="9" r="3.5" />
      <path d="M16 14v2" />
    </>
  ),
}

export function Icon({ name, className = "maker-icon" }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  )
}

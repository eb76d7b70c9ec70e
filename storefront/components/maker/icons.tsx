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

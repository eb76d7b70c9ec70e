"use client"
/**
 * The portal's two forms: log in, and create a login from an invitation. Server actions with useActionState:
 * they work as plain form posts without JavaScript. With JavaScript, three small extras:
 * - "Pakai email" / "Pakai huruf" switch the keyboard at once (without it, they are links to the same page
 *   with ?via=email / ?secret=password, which the server renders with that keyboard);
 * - "Lihat" shows the PIN while she types (only offered when it can work);
 * - the button is disabled while the form is sent.
 * All words arrive translated from the server page.
 */
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react"
import { joinAsMaker, logInMaker } from "@/lib/maker/actions"
import {
  MAKER_IDLE,
  identifierMode,
  secretMode,
  type IdentifierMode,
  type MakerFormState,
  type SecretMode,
} from "@/lib/maker/form-state"
import { Icon } from "./icons"

export type IdentifierStrings = {
  phone: string
  phoneHint?: string
  email: string
  emailHint?: string
  useEmail: string
  usePhone: string
}

export type SecretStrings = {
  pin: string
  password: string
  pinHint?: string
  passwordHint?: string
  useLetters: string
  useDigits: string
  show: string
  hide: string
}

export type RepeatStrings = { pin: string; password: string }

/** Where the keyboard switches lead without JavaScript: this page with the other keyboard. */
export type SwitchLinks = { via: string; secret: string }

type Modes = { via: IdentifierMode; secret: SecretMode }

export type LoginFormProps = {
  locale: string
  labelledBy: string
  initial: Modes
  links: SwitchLinks
  strings: { identifier: IdentifierStrings; secret: SecretStrings; submit: string }
}

export type JoinFormProps = {
  locale: string
  labelledBy: string
  initial: Modes & { code: string }
  links: SwitchLinks
  strings: {
    code: string
    codeHint: string
    identifier: IdentifierStrings
    secret: SecretStrings
    repeat: RepeatStrings
    submit: string
  }
}

/** True once React runs in the browser: controls that need JavaScript appear only then. */
function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}

/** The modes after a submission (what was posted), or the page's. */
function modesOf(state: MakerFormState, initial: Modes): Modes {
  const v = state.values
  return v ? { via: identifierMode(v.via), secret: secretMode(v.secret) } : initial
}

/** The keyboards she chose (phone or email, PIN or letters), kept across the form's answers. */
function useModes(state: MakerFormState, initial: Modes) {
  const start = modesOf(state, initial)
  const [via, setVia] = useState(start.via)
  const [secret, setSecret] = useState(start.secret)
  return { via, setVia, secret, setSecret }
}

/** What both forms post besides their fields (the language and the keyboards), and their message on top. */
function PortalForm({
  locale,
  labelledBy,
  action,
  state,
  modes,
  children,
}: {
  locale: string
  labelledBy: string
  action: (form: FormData) => void
  state: MakerFormState
  modes: Modes
  children: ReactNode
}) {
  return (
    <form action={action} noValidate className="maker-form" aria-labelledby={labelledBy}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="via" value={modes.via} />
      <input type="hidden" name="secret" value={modes.secret} />
      <FormAlert state={state} />
      {children}
    </form>
  )
}

export function MakerLoginForm(props: LoginFormProps) {
  const [state, action, pending] = useActionState(logInMaker, MAKER_IDLE)
  // A new answer fills the form again with what she typed (its values are the fields' defaults).
  return <LoginBody key={JSON.stringify(state.values ?? null)} {...props} state={state} action={action} pending={pending} />
}

function LoginBody({
  locale,
  labelledBy,
  initial,
  links,
  strings: s,
  state,
  action,
  pending,
}: LoginFormProps & { state: MakerFormState; action: (form: FormData) => void; pending: boolean }) {
  const { via, setVia, secret, setSecret } = useModes(state, initial)
  const e = state.fieldErrors ?? {}
  return (
    <PortalForm locale={locale} labelledBy={labelledBy} action={action} state={state} modes={{ via, secret }}>
      <IdentifierField
        mode={via}
        onSwitch={setVia}
        switchHref={links.via}
        strings={s.identifier}
        value={state.values?.identifier}
        error={e.identifier}
        hints={false}
      />
      <SecretFields
        mode={secret}
        onSwitch={setSecret}
        switchHref={links.secret}
        strings={s.secret}
        error={e.password}
        autoComplete="current-password"
      />
      <SubmitButton icon="logIn" label={s.submit} pending={pending} />
    </PortalForm>
  )
}

export function MakerJoinForm(props: JoinFormProps) {
  const [state, action, pending] = useActionState(joinAsMaker, MAKER_IDLE)
  return <JoinBody key={JSON.stringify(state.values ?? null)} {...props} state={state} action={action} pending={pending} />
}

function JoinBody({
  locale,
  labelledBy,
  initial,
  links,
  strings: s,
  state,
  action,
  pending,
}: JoinFormProps & { state: MakerFormState; action: (form: FormData) => void; pending: boolean }) {
  const { via, setVia, secret, setSecret } = useModes(state, initial)
  const e = state.fieldErrors ?? {}
  const code = state.values?.code ?? initial.code
  return (
    <PortalForm locale={locale} labelledBy={labelledBy} action={action} state={state} modes={{ via, secret }}>
      <div className="maker-field">
        <label htmlFor="maker-code">{s.code}</label>
        <input
          id="maker-code"
          name="code"
          type="text"
          defaultValue={code}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          maxLength={40}
          className="maker-code"
          aria-invalid={e.code ? true : undefined}
          aria-describedby={describedBy("maker-code", s.codeHint, e.code)}
        />
        <FieldMessages id="maker-code" hint={s.codeHint} error={e.code} />
      </div>
      <IdentifierField
        mode={via}
        onSwitch={setVia}
        switchHref={links.via}
        strings={s.identifier}
        value={state.values?.identifier}
        error={e.identifier}
        hints
      />
      <SecretFields
        mode={secret}
        onSwitch={setSecret}
        switchHref={links.secret}
        strings={s.secret}
        error={e.password}
        repeat={{ strings: s.repeat, error: e.repeat }}
        autoComplete="new-password"
      />
      <SubmitButton icon="join" label={s.submit} pending={pending} />
    </PortalForm>
  )
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length ? ids.join(" ") : undefined
}

function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="maker-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="maker-error">
          {error}
        </p>
      )}
    </>
  )
}

function FormAlert({ state }: { state: MakerFormState }) {
  if (state.status !== "error" || !state.message) return null
  return (
    <div className="maker-alert" role="alert">
      <p>{state.message}</p>
      {state.link && (
        <a href={state.link.href} className="maker-alert-link">
          {state.link.label}
        </a>
      )}
    </div>
  )
}

/**
 * A link that switches a keyboard: with JavaScript it switches in place (and puts the cursor in the field,
 * so the phone shows the new keyboard); without, it loads the page with the other keyboard.
 */
function SwitchLink({
  href,
  icon,
  label,
  onSwitch,
}: {
  href: string
  icon: "mail" | "phone" | "letters" | "digits"
  label: string
  onSwitch: () => void
}) {
  return (
    <a
      href={href}
      className="maker-switch"
      rel="nofollow"
      onClick={(event) => {
        event.preventDefault()
        onSwitch()
      }}
    >
      <Icon name={icon} />
      <span>{label}</span>
    </a>
  )
}

function IdentifierField({
  mode,
  onSwitch,
  switchHref,
  strings: s,
  value,
  error,
  hints,
}: {
  mode: IdentifierMode
  onSwitch: (mode: IdentifierMode) => void
  switchHref: string
  strings: IdentifierStrings
  value?: string
  error?: string
  hints: boolean
}) {
  const input = useRef<HTMLInputElement>(null)
  const [switched, setSwitched] = useState(false)
  useEffect(() => {
    if (switched) input.current?.focus()
  }, [mode, switched])
  const id = "maker-identifier"
  const phone = mode === "phone"
  const hint = hints ? (phone ? s.phoneHint : s.emailHint) : undefined
  return (
    <div className="maker-field">
      <label htmlFor={id}>{phone ? s.phone : s.email}</label>
      <input
        ref={input}
        id={id}
        name="identifier"
        type={phone ? "tel" : "email"}
        inputMode={phone ? "tel" : "email"}
        defaultValue={value}
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        maxLength={254}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <FieldMessages id={id} hint={hint} error={error} />
      <SwitchLink
        href={switchHref}
        icon={phone ? "mail" : "phone"}
        label={phone ? s.useEmail : s.usePhone}
        onSwitch={() => {
          setSwitched(true)
          onSwitch(phone ? "email" : "phone")
        }}
      />
    </div>
  )
}

/** Her PIN (number keypad) or password (letters), and for a new one the same again; "Lihat" shows both. */
function SecretFields({
  mode,
  onSwitch,
  switchHref,
  strings: s,
  error,
  repeat,
  autoComplete,
}: {
  mode: SecretMode
  onSwitch: (mode: SecretMode) => void
  switchHref: string
  strings: SecretStrings
  error?: string
  repeat?: { strings: RepeatStrings; error?: string }
  autoComplete: "current-password" | "new-password"
}) {
  const hydrated = useHydrated()
  const [shown, setShown] = useState(false)
  const [switched, setSwitched] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (switched) input.current?.focus()
  }, [mode, switched])
  const pin = mode === "pin"
  const hint = pin ? s.pinHint : s.passwordHint
  const common = {
    type: shown ? "text" : "password",
    inputMode: pin ? ("numeric" as const) : undefined,
    autoComplete,
    autoCapitalize: "none",
    autoCorrect: "off",
    spellCheck: false,
    maxLength: 128,
  }
  return (
    <>
      <div className="maker-field">
        <label htmlFor="maker-password">{pin ? s.pin : s.password}</label>
        <input
          ref={input}
          id="maker-password"
          name="password"
          {...common}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("maker-password", hint, error)}
        />
        <FieldMessages id="maker-password" hint={hint} error={error} />
        <div className="maker-switches">
          <SwitchLink
            href={switchHref}
            icon={pin ? "letters" : "digits"}
            label={pin ? s.useLetters : s.useDigits}
            onSwitch={() => {
              setSwitched(true)
              onSwitch(pin ? "password" : "pin")
            }}
          />
          {hydrated && (
            <button
              type="button"
              className="maker-switch"
              aria-controls={repeat ? "maker-password maker-repeat" : "maker-password"}
              onClick={() => setShown(!shown)}
            >
              <Icon name={shown ? "eyeOff" : "eye"} />
              <span>{shown ? s.hide : s.show}</span>
            </button>
          )}
        </div>
      </div>
      {repeat && (
        <div className="maker-field">
          <label htmlFor="maker-repeat">{pin ? repeat.strings.pin : repeat.strings.password}</label>
          <input
            id="maker-repeat"
            name="repeat"
            {...common}
            aria-invalid={repeat.error ? true : undefined}
            aria-describedby={describedBy("maker-repeat", undefined, repeat.error)}
          />
          <FieldMessages id="maker-repeat" error={repeat.error} />
        </div>
      )}
    </>
  )
}

function SubmitButton({ icon, label, pending }: { icon: "logIn" | "join"; label: string; pending: boolean }) {
  return (
    <button type="submit" className="maker-button" disabled={pending}>
      <Icon name={icon} />
      <span>{label}</span>
    </button>
  )
}

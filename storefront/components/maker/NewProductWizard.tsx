"use client"
/**
 * "Tambah produk", one question per screen: photos first, then name, kind of craft (pictures), price (with
 * what similar products cost), stock or made to order, an optional description, and a last look before
 * sending it to staff. Everything she typed lives here until the product is sent: going back and forth, or a
 * refusal from the server, loses nothing. Each step is checked before the next (product-rules.ts, the same
 * rules as the server's); the last step posts everything to the submitNewProduct server action.
 * All words arrive translated from the server page.
 */
import { useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react"
import { MAKER_IDLE } from "@/lib/maker/form-state"
import { formatRupiah } from "@/lib/maker/format"
import { submitNewProduct } from "@/lib/maker/product-actions"
import {
  categoryProblem,
  descriptionProblem,
  LIMITS,
  parseCount,
  parseRupiah,
  photosProblem,
  priceProblem,
  PRODUCT_CATEGORIES,
  stockStepProblems,
  titleProblem,
  type ProductCategory,
  type StockMode,
} from "@/lib/maker/product-rules"
import type { Uploader } from "@/lib/maker/upload-photo"
import { WIZARD_STEPS, type WizardStep } from "@/lib/maker/wizard-steps"
import type { Locale } from "@/lib/i18n/config"
import { CATEGORY_ICONS } from "./category-icons"
import { Icon } from "./icons"
import { PhotoPicker, type PhotoStrings } from "./PhotoPicker"
import { ProductPhoto } from "./ProductPhoto"
import { usePhotoUploads, type PhotoUploads } from "./usePhotoUploads"
import { readDraft, saveDraft } from "./wizard-draft"


/** The step where each field is asked (a server refusal of a field sends her back there). */
const FIELD_STEPS: Record<string, WizardStep> = {
  upload_ids: "photos",
  title: "name",
  category: "category",
  price: "price",
  stock: "stock",
  lead_time_days: "stock",
  stock_mode: "stock",
  description: "description",
}

export type WizardStrings = {
  /** "Langkah 1 dari 7" … one per step. */
  stepOf: string[]
  next: string
  back: string
  titles: Record<WizardStep, string>
  nameLabel: string
  nameHint: string
  priceLabel: string
  stockReady: string
  stockCount: string
  madeToOrder: string
  leadTime: string
  descriptionLabel: string
  descriptionHint: string
  change: string
  none: string
  /** "{count} buah" */
  pieces: string
  /** "Dibuat sesuai pesanan, {count} hari" */
  days: string
  submit: string
  waiting: string
  errorSummary: string
  photos: PhotoStrings
  categories: Record<ProductCategory, string>
  /** productErrors: message key → words. */
  errors: Record<string, string>
  /** "Produk serupa: Rp 85.000 – Rp 225.000" per craft, or null when there are none yet. */
  priceHints: Partial<Record<ProductCategory, string | null>>
}

export type WizardProps = {
  locale: Locale
  strings: WizardStrings
  /** Tests send photos elsewhere; the page leaves it out (the browser's XMLHttpRequest). */
  upload?: Uploader
}

type Values = {
  title: string
  category: string
  price: string
  stockMode: StockMode
  stock: string
  leadTimeDays: string
  description: string
}

const EMPTY: Values = { title: "", category: "", price: "", stockMode: "stock", stock: "", leadTimeDays: "", description: "" }

const fill = (template: string, count: number | string) => template.replace("{count}", String(count))

/** The problems of one step, field → message key. */
function stepProblems(step: WizardStep, values: Values, photos: PhotoUploads): Record<string, string> {
  const one = (field: string, key: string | null): Record<string, string> => (key ? { [field]: key } : {})
  switch (step) {
    case "photos": {
      // Photos still being sent count: she may go on while they travel.
      const kept = photos.photos.filter((p) => p.state !== "failed").map((p) => p.key)
      return one("upload_ids", photosProblem(kept))
    }
    case "name":
      return one("title", titleProblem(values.title))
    case "category":
      return one("category", categoryProblem(values.category))
    case "price":
      return one("price", priceProblem(values.price))
    case "stock":
      return stockStepProblems(values.stockMode, values.stock, values.leadTimeDays)
    case "description":
      return one("description", descriptionProblem(values.description))
    default:
      return {}
  }
}

export function NewProductWizard({ locale, strings: s, upload }: WizardProps) {
  const photos = usePhotoUploads([], upload)
  const [values, setValues] = useState<Values>(EMPTY)
  const [step, setStep] = useState<WizardStep>("photos")
  const [problems, setProblems] = useState<Record<string, string>>({})
  const [state, action, pending] = useActionState(submitNewProduct, MAKER_IDLE)
  const heading = useRef<HTMLHeadingElement>(null)
  const moved = useRef(false)

  // Her draft from before the page was unloaded (camera, back button, reload), once; then kept up to date.
  const [restored, setRestored] = useState(false)
  useEffect(() => {
    const draft = readDraft(EMPTY)
    if (draft) {
      setValues(draft.values)
      setStep(draft.step)
      photos.restore(draft.photos.map((p) => ({ ...p, state: "done", progress: 1 })))
    }
    setRestored(true)
  }, [])
  const sent = photos.photos.filter((p) => p.state === "done" && p.uploadId)
  useEffect(() => {
    if (!restored) return
    saveDraft({
      step,
      values,
      photos: sent.map((p) => ({ key: p.key, uploadId: p.uploadId as string, variants: p.variants })),
    })
  }, [restored, step, values, photos.photos])

  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }))
  const index = WIZARD_STEPS.indexOf(step)

  const go = (to: WizardStep) => {
    moved.current = true
    setStep(to)
  }

  // A new screen: start at its top and read its title.
  useEffect(() => {
    if (!moved.current) return
    window.scrollTo?.(0, 0)
    heading.current?.focus()
  }, [step])

  // The server refused a field: back to its step, with its message; what she typed is all still here.
  useEffect(() => {
    // "upload_ids.0" is about the photos.
    const refused = Object.entries(state.fieldErrors ?? {}).map(([path, message]) => [path.split(".")[0], message])
    const fields = refused.map(([field]) => field)
    if (state.status !== "error" || fields.length === 0) return
    setProblems(Object.fromEntries(refused))
    const first = WIZARD_STEPS.find((st) => fields.some((field) => FIELD_STEPS[field] === st))
    if (first) go(first)
  }, [state])

  const next = (event?: FormEvent) => {
    event?.preventDefault()
    const found = stepProblems(step, values, photos)
    setProblems(Object.fromEntries(Object.entries(found).map(([field, key]) => [field, s.errors[key] ?? key])))
    if (Object.keys(found).length === 0) go(WIZARD_STEPS[index + 1])
  }

  const back = () => {
    setProblems({})
    go(WIZARD_STEPS[Math.max(0, index - 1)])
  }

  const category = values.category as ProductCategory
  const priceHint = PRODUCT_CATEGORIES.includes(category) ? s.priceHints[category] : null
  const price = parseRupiah(values.price)

  const body: Record<Exclude<WizardStep, "review">, ReactNode> = {
    photos: <PhotoPicker uploads={photos} strings={s.photos} error={problems.upload_ids} />,
    name: (
      <TextField
        id="maker-title"
        label={s.nameLabel}
        hint={s.nameHint}
        value={values.title}
        onChange={set("title")}
        error={problems.title}
        maxLength={LIMITS.titleMax + 20}
        autoCapitalize="sentences"
      />
    ),
    category: (
      <fieldset className="maker-choices" aria-describedby={problems.category ? "maker-category-error" : undefined}>
        <legend className="visually-hidden">{s.titles.category}</legend>
        <div className="maker-category-grid">
          {PRODUCT_CATEGORIES.map((handle) => (
            <label key={handle} className="maker-category">
              <input
                type="radio"
                name="category"
                value={handle}
                checked={values.category === handle}
                onChange={() => set("category")(handle)}
              />
              <Icon name={CATEGORY_ICONS[handle]} className="maker-category-icon" />
              <span>{s.categories[handle]}</span>
            </label>
          ))}
        </div>
        {problems.category && (
          <p id="maker-category-error" className="maker-error" role="alert">
            {problems.category}
          </p>
        )}
      </fieldset>
    ),
    price: (
      <>
        <TextField
          id="maker-price"
          label={s.priceLabel}
          hint={priceHint ?? undefined}
          value={values.price}
          onChange={set("price")}
          error={problems.price}
          inputMode="numeric"
          maxLength={20}
          prefix="Rp"
        />
        {Number.isSafeInteger(price) && price > 0 && (
          <p className="maker-price-echo" aria-live="polite">
            {formatRupiah(price, locale)}
          </p>
        )}
      </>
    ),
    stock: (
      <fieldset className="maker-choices">
        <legend className="visually-hidden">{s.titles.stock}</legend>
        <Choice
          name="stock_mode"
          checked={values.stockMode === "stock"}
          onSelect={() => set("stockMode")("stock")}
          icon="box"
          label={s.stockReady}
        >
          <TextField
            id="maker-stock"
            label={s.stockCount}
            value={values.stock}
            onChange={set("stock")}
            error={problems.stock}
            inputMode="numeric"
            maxLength={4}
          />
        </Choice>
        <Choice
          name="stock_mode"
          checked={values.stockMode === "made_to_order"}
          onSelect={() => set("stockMode")("made_to_order")}
          icon="clock"
          label={s.madeToOrder}
        >
          <TextField
            id="maker-lead-time"
            label={s.leadTime}
            value={values.leadTimeDays}
            onChange={set("leadTimeDays")}
            error={problems.lead_time_days}
            inputMode="numeric"
            maxLength={3}
          />
        </Choice>
      </fieldset>
    ),
    description: (
      <div className="maker-field">
        <label htmlFor="maker-description">{s.descriptionLabel}</label>
        <textarea
          id="maker-description"
          rows={5}
          value={values.description}
          onChange={(event) => set("description")(event.currentTarget.value)}
          maxLength={LIMITS.descriptionMax + 50}
          aria-invalid={problems.description ? true : undefined}
          aria-describedby={`maker-description-hint${problems.description ? " maker-description-error" : ""}`}
        />
        <p id="maker-description-hint" className="maker-hint">
          {s.descriptionHint}
        </p>
        {problems.description && (
          <p id="maker-description-error" className="maker-error">
            {problems.description}
          </p>
        )}
      </div>
    ),
  }

  return (
    <div className="maker-wizard">
      <p className="maker-step">{s.stepOf[index]}</p>
      <h2 ref={heading} tabIndex={-1} className="maker-step-title">
        {s.titles[step]}
      </h2>
      {step === "review" ? (
        <Review
          locale={locale}
          values={values}
          photos={photos}
          strings={s}
          onChange={(to) => {
            setProblems({})
            go(to)
          }}
          action={action}
          pending={pending}
          message={state.status === "error" && !state.fieldErrors ? state.message : undefined}
          onBack={back}
        />
      ) : (
        // Each step is a form of its own: the keyboard's "Go" goes on to the next one.
        <form className="maker-form" noValidate onSubmit={next}>
          {body[step]}
          <StepButtons back={index > 0 ? { label: s.back, onClick: back } : undefined} nextLabel={s.next} />
        </form>
      )}
    </div>
  )
}

function StepButtons({ back, nextLabel }: { back?: { label: string; onClick: () => void }; nextLabel: string }) {
  return (
    <div className="maker-step-buttons">
      <button type="submit" className="maker-button">
        <span>{nextLabel}</span>
        <Icon name="next" />
      </button>
      {back && (
        <button type="button" className="maker-button maker-button-quiet" onClick={back.onClick}>
          <Icon name="back" />
          <span>{back.label}</span>
        </button>
      )}
    </div>
  )
}

function TextField({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  inputMode,
  maxLength,
  autoCapitalize,
  prefix,
}: {
  id: string
  label: string
  hint?: string
  value: string
  onChange: (value: string) => void
  error?: string
  inputMode?: "numeric"
  maxLength: number
  autoCapitalize?: "sentences"
  prefix?: string
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ")
  const input = (
    <input
      id={id}
      type="text"
      inputMode={inputMode}
      pattern={inputMode === "numeric" ? "[0-9.]*" : undefined}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      maxLength={maxLength}
      autoComplete="off"
      autoCapitalize={autoCapitalize}
      aria-invalid={error ? true : undefined}
      aria-describedby={described || undefined}
    />
  )
  return (
    <div className="maker-field">
      <label htmlFor={id}>{label}</label>
      {prefix ? (
        <div className="maker-prefixed">
          <span aria-hidden="true">{prefix}</span>
          {input}
        </div>
      ) : (
        input
      )}
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
    </div>
  )
}

/** One of two big choices; what it asks appears under it once chosen. */
function Choice({
  name,
  checked,
  onSelect,
  icon,
  label,
  children,
}: {
  name: string
  checked: boolean
  onSelect: () => void
  icon: "box" | "clock"
  label: string
  children: ReactNode
}) {
  return (
    <div className={`maker-choice${checked ? " maker-choice-on" : ""}`}>
      <label className="maker-choice-label">
        <input type="radio" name={name} checked={checked} onChange={onSelect} />
        <Icon name={icon} />
        <span>{label}</span>
      </label>
      {checked && children}
    </div>
  )
}

function Review({
  locale,
  values,
  photos,
  strings: s,
  onChange,
  action,
  pending,
  message,
  onBack,
}: {
  locale: Locale
  values: Values
  photos: PhotoUploads
  strings: WizardStrings
  onChange: (step: WizardStep) => void
  action: (form: FormData) => void
  pending: boolean
  message?: string
  onBack: () => void
}) {
  const category = values.category as ProductCategory
  const price = parseRupiah(values.price)
  const madeToOrder = values.stockMode === "made_to_order"
  const rows: { step: WizardStep; value: ReactNode }[] = [
    {
      step: "photos",
      value: (
        <ul className="maker-review-photos">
          {photos.photos
            .filter((p) => p.state !== "failed")
            .map((p, i) => (
              <li key={p.key}>
                {p.variants.length > 0 ? (
                  <ProductPhoto variants={p.variants} alt={s.photos.labels[i] ?? ""} sizes="4.5rem" />
                ) : (
                  <Icon name="camera" />
                )}
              </li>
            ))}
        </ul>
      ),
    },
    { step: "name", value: values.title.trim() },
    { step: "category", value: s.categories[category] ?? values.category },
    { step: "price", value: Number.isSafeInteger(price) ? formatRupiah(price, locale) : values.price },
    {
      step: "stock",
      value: madeToOrder ? fill(s.days, parseCount(values.leadTimeDays)) : fill(s.pieces, parseCount(values.stock)),
    },
    { step: "description", value: values.description.trim() || s.none },
  ]
  const waiting = photos.sending
  return (
    <form action={action} className="maker-form">
      <input type="hidden" name="locale" value={locale} />
      {photos.uploadIds.map((id) => (
        <input key={id} type="hidden" name="upload_ids" value={id} />
      ))}
      <input type="hidden" name="title" value={values.title} />
      <input type="hidden" name="category" value={values.category} />
      <input type="hidden" name="price" value={values.price} />
      <input type="hidden" name="stock_mode" value={values.stockMode} />
      <input type="hidden" name="stock" value={madeToOrder ? "" : values.stock} />
      <input type="hidden" name="lead_time_days" value={madeToOrder ? values.leadTimeDays : ""} />
      <input type="hidden" name="description" value={values.description} />
      {message && (
        <div className="maker-alert" role="alert">
          <p>{message}</p>
        </div>
      )}
      <dl className="maker-review">
        {rows.map((row) => (
          <div key={row.step} className="maker-review-row">
            <dt>{s.titles[row.step]}</dt>
            <dd>{row.value}</dd>
            <dd>
              <button type="button" className="maker-switch" onClick={() => onChange(row.step)}>
                <Icon name="pencil" />
                <span>{s.change}</span>
                <span className="visually-hidden"> {s.titles[row.step]}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      {waiting && (
        <p className="maker-notice" role="status">
          {s.waiting}
        </p>
      )}
      <div className="maker-step-buttons">
        <button type="submit" className="maker-button" disabled={pending || waiting}>
          <Icon name="send" />
          <span>{s.submit}</span>
        </button>
        <button type="button" className="maker-button maker-button-quiet" onClick={onBack}>
          <Icon name="back" />
          <span>{s.back}</span>
        </button>
      </div>
    </form>
  )
}

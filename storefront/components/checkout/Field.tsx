/**
 * A labelled form field with its hint and error, tied together with aria-describedby. Used by the
 * checkout, order lookup and account forms (client components); no state of its own.
 */
type Common = {
  name: string
  label: string
  hint?: string
  error?: string
  value?: string
  required?: boolean
  autoComplete?: string
}

type InputProps = Common & {
  type?: "text" | "email" | "tel" | "password"
  inputMode?: "text" | "numeric" | "tel" | "email"
  maxLength?: number
  /** For the input's id when the same name appears twice on a page (login and register). */
  idPrefix?: string
}

function describedBy(id: string, hint?: string, error?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean)
  return ids.length ? ids.join(" ") : undefined
}

function Messages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="form-error">
          {error}
        </p>
      )}
    </>
  )
}

export function TextField({ name, label, hint, error, value, required, autoComplete, type = "text", inputMode, maxLength, idPrefix }: InputProps) {
  const id = idPrefix ? `${idPrefix}-${name}` : name
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        defaultValue={value}
        required={required}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <Messages id={id} hint={hint} error={error} />
    </div>
  )
}

export function SelectField({
  name,
  label,
  hint,
  error,
  value,
  required,
  autoComplete,
  placeholder,
  options,
}: Common & { placeholder: string; options: { value: string; label: string }[] }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select
        id={name}
        name={name}
        defaultValue={value ?? ""}
        required={required}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={name} hint={hint} error={error} />
    </div>
  )
}

/** The list of errors at the top of a form, each linking to its field; announced when it appears. */
export function ErrorSummary({
  message,
  errors,
  labels,
  idPrefix,
}: {
  message?: string
  errors?: Record<string, string>
  labels: Record<string, string>
  idPrefix?: string
}) {
  if (!message) return null
  const entries = Object.entries(errors ?? {})
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <p>{message}</p>
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, text]) => (
            <li key={field}>
              <a href={`#${idPrefix ? `${idPrefix}-${field}` : field}`}>
                {labels[field] ?? field}: {text}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

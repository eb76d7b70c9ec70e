import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"
import { get, useFormState } from "react-hook-form"

interface FieldProps {
  /** The form path, also the id of the input inside ("private.phone"). */
  name: string
  label: string
  hint?: ReactNode
  optional?: boolean
  /** Shown at the right of the label, e.g. a character counter. */
  aside?: ReactNode
  children: ReactNode
}

/** A labelled form field with its hint, or its error (from the browser check or the server) in place of the hint. */
export const Field = ({ name, label, hint, optional, aside, children }: FieldProps) => {
  const { errors } = useFormState({ name })
  const error: string | undefined = get(errors, name)?.message
  return (
    <div className="flex flex-col gap-y-2">
      <div className="flex items-center justify-between gap-x-2">
        <Label htmlFor={name} size="small" weight="plus">
          {label}
          {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
        </Label>
        {aside}
      </div>
      {children}
      {error ? (
        <Hint variant="error" id={`${name}-error`}>
          {error}
        </Hint>
      ) : (
        hint && <Hint id={`${name}-hint`}>{hint}</Hint>
      )}
    </div>
  )
}

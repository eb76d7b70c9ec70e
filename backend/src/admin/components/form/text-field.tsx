import { Input } from "@medusajs/ui"
import type { ReactNode } from "react"
import { get, useFormContext, type RegisterOptions } from "react-hook-form"
import { Field } from "./field"

interface TextFieldProps {
  name: string
  label: string
  hint?: ReactNode
  optional?: boolean
  rules?: RegisterOptions
  type?: "text" | "tel" | "url"
  placeholder?: string
  autoComplete?: string
}

/** A one-line text input bound to the surrounding form. */
export const TextField = ({ name, label, hint, optional, rules, type = "text", placeholder, autoComplete = "off" }: TextFieldProps) => {
  const { register, formState } = useFormContext()
  const invalid = !!get(formState.errors, name)
  return (
    <Field name={name} label={label} hint={hint} optional={optional}>
      <Input
        id={name}
        type={type}
        placeholder={placeholder}
        autoComplete={autoComplete}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${name}-error` : hint ? `${name}-hint` : undefined}
        {...register(name, rules)}
      />
    </Field>
  )
}

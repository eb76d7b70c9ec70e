import { toast } from "@medusajs/ui"
import { useRef, useState } from "react"
import type { FieldValues, Path, UseFormReturn } from "react-hook-form"
import { readServerError } from "../errors"

/**
 * Shows why the server refused a save: a toast, an alert above the form, and the message next to each field
 * it names. The form keeps every value typed.
 */
export function useServerError<T extends FieldValues>(form: UseFormReturn<T>, knownFields: readonly string[]) {
  const [message, setMessage] = useState<string | null>(null)
  const toastId = useRef<string | number>()
  const clear = () => {
    setMessage(null)
    if (toastId.current !== undefined) toast.dismiss(toastId.current)
    toastId.current = undefined
  }
  const report = (error: unknown, title = "Not saved") => {
    const { message, fields } = readServerError(error, knownFields)
    setMessage(message)
    toastId.current = toast.error(title, { description: message })
    let first = true
    for (const [name, text] of Object.entries(fields)) {
      form.setError(name as Path<T>, { type: "server", message: text }, { shouldFocus: first })
      first = false
    }
  }
  return { message, report, clear }
}

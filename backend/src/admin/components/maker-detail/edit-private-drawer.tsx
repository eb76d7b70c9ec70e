import { InlineTip, toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useForm } from "react-hook-form"
import { PRIVATE_FIELDS, privateChanges, privateFormFrom, type PrivateFormValues } from "../../lib/form-values"
import { useUpdateMaker } from "../../lib/hooks/use-maker-mutations"
import { useServerError } from "../../lib/hooks/use-server-error"
import type { AdminMakerDetail } from "../../lib/types"
import { FormDrawer } from "../form-drawer"
import { PrivateFields } from "../form/private-fields"

interface Props {
  maker: AdminMakerDetail
  open: boolean
  onOpenChange: (open: boolean) => void
}

type Values = { private: PrivateFormValues }

const KNOWN_FIELDS = PRIVATE_FIELDS.map((f) => `private.${f}`)

/** Edits private data; sends only the fields that changed, so the history names exactly those. */
export const EditPrivateDrawer = ({ maker, open, onOpenChange }: Props) => {
  const initial = (): Values => ({ private: privateFormFrom(maker.private) })
  const form = useForm<Values>({ defaultValues: initial(), mode: "onTouched" })
  const update = useUpdateMaker(maker.id)
  const serverError = useServerError(form, KNOWN_FIELDS)

  useEffect(() => {
    serverError.clear()
    if (open) {
      form.reset(initial())
    }
  }, [open])

  const onSubmit = async (values: Values) => {
    const body = privateChanges(initial().private, values.private)
    if (!Object.keys(body).length) return onOpenChange(false)
    serverError.clear()
    try {
      await update.mutateAsync(body)
      toast.success("Private data saved")
      form.reset(values)
      onOpenChange(false)
    } catch (error) {
      serverError.report(error)
    }
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      title="Edit private data"
      description="Confidential. Only the fields you change are recorded in the history (names, not values)."
      form={form}
      onSubmit={onSubmit}
      isPending={update.isPending}
      serverError={serverError.message}
    >
      <InlineTip label="Payout details" variant="warning">
        Change payout details only after confirming with her in person or by a call to the number you already
        have. Someone else may ask in her name.
      </InlineTip>
      <PrivateFields />
    </FormDrawer>
  )
}

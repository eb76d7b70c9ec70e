import { toast } from "@medusajs/ui"
import { useEffect } from "react"
import { useForm } from "react-hook-form"
import { publicChanges, publicFormFrom, PUBLIC_FIELDS, type PublicFormValues } from "../../lib/form-values"
import { useUpdateMaker } from "../../lib/hooks/use-maker-mutations"
import { useServerError } from "../../lib/hooks/use-server-error"
import type { AdminMaker } from "../../lib/types"
import { FormDrawer } from "../form-drawer"
import { PublicFields } from "../form/public-fields"

interface Props {
  maker: AdminMaker
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** Edits the public fields; sends only what changed. */
export const EditPublicDrawer = ({ maker, open, onOpenChange }: Props) => {
  const form = useForm<PublicFormValues>({ defaultValues: publicFormFrom(maker), mode: "onTouched" })
  const update = useUpdateMaker(maker.id)
  const serverError = useServerError(form, PUBLIC_FIELDS)

  // Start from the stored profile each time the drawer opens.
  useEffect(() => {
    serverError.clear()
    if (open) {
      form.reset(publicFormFrom(maker))
    }
  }, [open])

  const onSubmit = async (values: PublicFormValues) => {
    const body = publicChanges(publicFormFrom(maker), values)
    if (!Object.keys(body).length) return onOpenChange(false)
    serverError.clear()
    try {
      await update.mutateAsync(body)
      toast.success("Public profile saved")
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
      title="Edit public profile"
      description="The store shows each item only with her consent."
      form={form}
      onSubmit={onSubmit}
      isPending={update.isPending}
      serverError={serverError.message}
    >
      <PublicFields />
    </FormDrawer>
  )
}

import { Button, Drawer, usePrompt } from "@medusajs/ui"
import type { ReactNode } from "react"
import { FormProvider, type FieldValues, type UseFormReturn } from "react-hook-form"
import { ServerErrorAlert } from "./form/server-error-alert"

interface FormDrawerProps<T extends FieldValues> {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  form: UseFormReturn<T>
  onSubmit: (values: T) => Promise<void>
  isPending: boolean
  serverError: string | null
  children: ReactNode
}

/**
 * An edit form in Medusa's side drawer. It stays open (with everything typed) when the server refuses the
 * save, and asks before closing with unsaved changes.
 */
export function FormDrawer<T extends FieldValues>(props: FormDrawerProps<T>) {
  const { open, onOpenChange, title, description, form, onSubmit, isPending, serverError, children } = props
  const prompt = usePrompt()
  // Read during render: react-hook-form only keeps `isDirty` up to date for components that read it.
  const { isDirty } = form.formState

  const requestOpenChange = async (next: boolean) => {
    if (!next && isDirty) {
      // Let the Escape keydown that may have brought us here finish first, or it also closes the prompt.
      await new Promise((resolve) => setTimeout(resolve, 0))
      const discard = await prompt({
        title: "Discard changes?",
        description: "What you typed in this form will be lost.",
        confirmText: "Discard",
        cancelText: "Keep editing",
      })
      if (!discard) return
    }
    onOpenChange(next)
  }

  return (
    <Drawer open={open} onOpenChange={requestOpenChange}>
      <Drawer.Content aria-describedby={undefined}>
        <FormProvider {...form}>
          <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="flex h-full flex-col overflow-hidden">
            <Drawer.Header>
              <Drawer.Title>{title}</Drawer.Title>
              {description && <Drawer.Description className="text-ui-fg-subtle txt-small">{description}</Drawer.Description>}
            </Drawer.Header>
            <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
              <ServerErrorAlert message={serverError} />
              {children}
            </Drawer.Body>
            <Drawer.Footer>
              <Button size="small" variant="secondary" type="button" onClick={() => requestOpenChange(false)}>
                Cancel
              </Button>
              <Button size="small" type="submit" isLoading={isPending}>
                Save
              </Button>
            </Drawer.Footer>
          </form>
        </FormProvider>
      </Drawer.Content>
    </Drawer>
  )
}

import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { FormProvider, useForm } from "react-hook-form"
import { Link, useNavigate } from "react-router-dom"
import { ConsentFields } from "../../../components/form/consent-fields"
import { PrivateFields } from "../../../components/form/private-fields"
import { PublicFields } from "../../../components/form/public-fields"
import { ServerErrorAlert } from "../../../components/form/server-error-alert"
import { Section } from "../../../components/section"
import {
  emptyCreateForm,
  PRIVATE_FIELDS,
  PUBLIC_FIELDS,
  toCreateBody,
  type CreateMakerFormValues,
} from "../../../lib/form-values"
import { useCreateMaker } from "../../../lib/hooks/use-maker-mutations"
import { useServerError } from "../../../lib/hooks/use-server-error"
import { useUnsavedGuard } from "../../../lib/hooks/use-unsaved-guard"

const KNOWN_FIELDS = [...PUBLIC_FIELDS, ...PRIVATE_FIELDS.map((f) => `private.${f}`)]

/** New maker: public profile, private data and her consent, saved in one request. */
const CreateMakerPage = () => {
  const form = useForm<CreateMakerFormValues>({ defaultValues: emptyCreateForm(), mode: "onTouched" })
  const create = useCreateMaker()
  const navigate = useNavigate()
  const serverError = useServerError(form, KNOWN_FIELDS)
  const guard = useUnsavedGuard(form.formState.isDirty)

  const onSubmit = form.handleSubmit(async (values) => {
    serverError.clear()
    try {
      const { maker } = await create.mutateAsync(toCreateBody(values))
      toast.success("Maker created", { description: `${maker.display_name} (${maker.handle})` })
      guard.release()
      navigate(`/makers/${maker.id}`)
    } catch (error) {
      serverError.report(error)
      window.scrollTo({ top: 0, behavior: "smooth" })
    }
  })

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-y-3">
        <Container className="px-6 py-4">
          <Heading level="h1">New maker</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The store shows only what she consents to below. Private data is never shown outside this admin.
          </Text>
        </Container>
        <ServerErrorAlert message={serverError.message} />
        <Section title="Public profile" description="Shown in the store only with her consent.">
          <div className="px-6 py-4">
            <PublicFields />
          </div>
        </Section>
        <Section
          title="Private data"
          confidential
          description="Staff only. Never shown in the store, never put in messages or logs."
        >
          <div className="px-6 py-4">
            <PrivateFields />
          </div>
        </Section>
        <Section title="Consent" description="Ask her about each item. You can change these later; every change is recorded.">
          <div className="px-6 py-2">
            <ConsentFields />
          </div>
        </Section>
        <div className="flex items-center justify-end gap-x-2 pb-6">
          <Button size="small" variant="secondary" type="button" asChild>
            <Link to="/makers">Cancel</Link>
          </Button>
          <Button size="small" type="submit" isLoading={create.isPending}>
            Create maker
          </Button>
        </div>
      </form>
    </FormProvider>
  )
}

export const handle = {
  breadcrumb: () => "New maker",
}

export default CreateMakerPage

import { Text, Textarea, clx } from "@medusajs/ui"
import { get, useFormContext, useWatch } from "react-hook-form"
import { LIMITS } from "../../lib/constants"
import { Field } from "./field"

interface StoryFieldProps {
  name: "story_id" | "story_en"
  label: string
  placeholder?: string
}

/** Her story in one language, with a live count against the 2000-character limit. */
export const StoryField = ({ name, label, placeholder }: StoryFieldProps) => {
  const { register, control, formState } = useFormContext()
  const length = (useWatch({ control, name }) as string | undefined)?.length ?? 0
  const over = length > LIMITS.story
  const counter = (
    <Text
      size="xsmall"
      className={clx("tabular-nums", over ? "text-ui-fg-error font-medium" : "text-ui-fg-muted")}
      aria-live="polite"
    >
      {length} / {LIMITS.story}
    </Text>
  )
  return (
    <Field name={name} label={label} optional aside={counter}>
      <Textarea
        id={name}
        rows={6}
        placeholder={placeholder}
        aria-invalid={over || !!get(formState.errors, name)}
        {...register(name, {
          maxLength: { value: LIMITS.story, message: `At most ${LIMITS.story} characters (now ${length}).` },
        })}
      />
    </Field>
  )
}

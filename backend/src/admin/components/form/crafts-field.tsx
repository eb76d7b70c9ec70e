import { Checkbox, Label } from "@medusajs/ui"
import { Controller, useFormContext } from "react-hook-form"
import { CRAFTS } from "../../lib/constants"
import type { Craft } from "../../lib/types"
import { Field } from "./field"

/** The crafts she makes, at least one. */
export const CraftsField = () => {
  const { control } = useFormContext()
  return (
    <Field name="crafts" label="Crafts" hint="Choose at least one.">
      <Controller
        control={control}
        name="crafts"
        rules={{ validate: (value: Craft[]) => value.length > 0 || "Choose at least one craft." }}
        render={({ field }) => {
          const selected = field.value as Craft[]
          const toggle = (craft: Craft, on: boolean) =>
            field.onChange(on ? [...selected, craft] : selected.filter((c) => c !== craft))
          return (
            <div id="crafts" className="grid grid-cols-2 gap-2" role="group" aria-label="Crafts">
              {CRAFTS.map((craft) => (
                <div key={craft.value} className="flex items-center gap-x-2">
                  <Checkbox
                    id={`craft-${craft.value}`}
                    checked={selected.includes(craft.value)}
                    onCheckedChange={(checked) => toggle(craft.value, checked === true)}
                    onBlur={field.onBlur}
                  />
                  <Label htmlFor={`craft-${craft.value}`} size="small">
                    {craft.label} <span className="text-ui-fg-muted">({craft.english})</span>
                  </Label>
                </div>
              ))}
            </div>
          )
        }}
      />
    </Field>
  )
}

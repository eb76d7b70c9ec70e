import { Label, Switch, Text } from "@medusajs/ui"
import { Controller, useFormContext } from "react-hook-form"
import { CONSENT_ITEMS } from "../../lib/constants"

/** Consent given when she joins; each item off until she says yes. */
export const ConsentFields = () => {
  const { control } = useFormContext()
  return (
    <div className="flex flex-col divide-y">
      {CONSENT_ITEMS.map(({ item, label, shows }) => (
        <Controller
          key={item}
          control={control}
          name={`consents.${item}`}
          render={({ field }) => (
            <div className="flex items-center justify-between gap-x-4 py-3">
              <div>
                <Label htmlFor={`consent-${item}`} size="small" weight="plus">
                  {label}
                </Label>
                <Text size="small" className="text-ui-fg-subtle">
                  The store may show {shows}.
                </Text>
              </div>
              <Switch id={`consent-${item}`} checked={field.value} onCheckedChange={field.onChange} />
            </div>
          )}
        />
      ))}
    </div>
  )
}

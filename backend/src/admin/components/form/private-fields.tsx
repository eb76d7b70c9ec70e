import { Label, RadioGroup, Textarea } from "@medusajs/ui"
import { Controller, useFormContext, useWatch } from "react-hook-form"
import { PAYOUT_METHODS } from "../../lib/constants"
import { Field } from "./field"
import { TextField } from "./text-field"

// Same patterns the server checks (backend/src/api/admin/makers/validators.ts); it has the last word.
const PHONE_RULES = {
  pattern: { value: /^\+?[0-9][0-9 ().-]{5,24}$/, message: "A phone number such as +6281234567890." },
}
const ACCOUNT_RULES = {
  pattern: { value: /^[0-9][0-9 -]*$/, message: "Digits only (spaces and dashes allowed)." },
  maxLength: { value: 40, message: "At most 40 characters." },
}

/** Private data: reachable only by staff, never shown in the store. Used by create and edit. */
export const PrivateFields = () => {
  const { control, register } = useFormContext()
  const method = useWatch({ control, name: "private.payout_method" }) as string
  return (
    <div className="flex flex-col gap-y-6">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField name="private.legal_name" label="Legal name" optional />
        <TextField name="private.phone" label="Phone" type="tel" optional placeholder="+6281234567890" rules={PHONE_RULES} />
        <TextField name="private.whatsapp" label="WhatsApp" type="tel" optional placeholder="+6281234567890" rules={PHONE_RULES} />
      </div>
      <Field name="private.address" label="Address" optional>
        <Textarea id="private.address" rows={2} autoComplete="off" {...register("private.address")} />
      </Field>
      <Field name="private.payout_method" label="Payout method" optional>
        <Controller
          control={control}
          name="private.payout_method"
          render={({ field }) => (
            <RadioGroup
              id="private.payout_method"
              className="flex gap-x-6"
              value={field.value}
              onValueChange={field.onChange}
            >
              {PAYOUT_METHODS.map((m) => (
                <div key={m.value} className="flex items-center gap-x-2">
                  <RadioGroup.Item value={m.value} id={`payout-${m.value}`} />
                  <Label htmlFor={`payout-${m.value}`} size="small">
                    {m.label}
                  </Label>
                </div>
              ))}
            </RadioGroup>
          )}
        />
      </Field>
      {method === "bank" && (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          <TextField name="private.bank_name" label="Bank" placeholder="e.g. BRI" />
          <TextField name="private.bank_account_number" label="Account number" rules={ACCOUNT_RULES} />
          <TextField name="private.bank_account_holder" label="Account holder" />
        </div>
      )}
      {method === "ewallet" && (
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          <TextField name="private.ewallet_provider" label="E-wallet" placeholder="e.g. DANA, OVO, GoPay" />
          <TextField name="private.ewallet_number" label="E-wallet number" type="tel" placeholder="+6281234567890" rules={PHONE_RULES} />
        </div>
      )}
      <Field name="private.staff_notes" label="Staff notes" optional hint="Seen by staff only. Write what helps her; nothing she would not want read.">
        <Textarea id="private.staff_notes" rows={3} autoComplete="off" {...register("private.staff_notes")} />
      </Field>
    </div>
  )
}

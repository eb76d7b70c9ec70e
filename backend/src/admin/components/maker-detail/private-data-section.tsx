import { Eye, EyeSlash, PencilSquare } from "@medusajs/icons"
import { Button, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { PAYOUT_METHODS } from "../../lib/constants"
import type { AdminMakerDetail, MakerPrivate } from "../../lib/types"
import { Section } from "../section"
import { EditPrivateDrawer } from "./edit-private-drawer"

/**
 * Private data, kept off the screen until staff ask for it (people may be looking over shoulders). It hides
 * again when staff switch tab or window, and is not in the page at all while hidden.
 */
export const PrivateDataSection = ({ maker }: { maker: AdminMakerDetail }) => {
  const [revealed, setRevealed] = useState(false)
  const [editing, setEditing] = useState(false)

  useEffect(() => {
    if (!revealed || editing) return
    const hideWhenAway = () => document.visibilityState === "hidden" && setRevealed(false)
    document.addEventListener("visibilitychange", hideWhenAway)
    return () => document.removeEventListener("visibilitychange", hideWhenAway)
  }, [revealed, editing])

  return (
    <Section
      id="private-data"
      title="Private data"
      confidential
      description="Staff only. Never shown in the store."
      actions={
        revealed && (
          <>
            <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
              <PencilSquare /> Edit
            </Button>
            <Button size="small" variant="transparent" onClick={() => setRevealed(false)}>
              <EyeSlash /> Hide
            </Button>
          </>
        )
      }
    >
      {revealed ? (
        <PrivateDetails data={maker.private} />
      ) : (
        <div className="flex flex-col items-start gap-y-3 px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            Legal name, contact, address and payout details are hidden. Show them only where no one else can see
            the screen.
          </Text>
          <Button size="small" variant="secondary" onClick={() => setRevealed(true)}>
            <Eye /> Show private data
          </Button>
        </div>
      )}
      <EditPrivateDrawer maker={maker} open={editing} onOpenChange={setEditing} />
    </Section>
  )
}

const PrivateDetails = ({ data }: { data: MakerPrivate }) => {
  const method = PAYOUT_METHODS.find((m) => m.value === data.payout_method)?.label
  const rows: [string, string | null][] = [
    ["Legal name", data.legal_name],
    ["Phone", data.phone],
    ["WhatsApp", data.whatsapp],
    ["Address", data.address],
    ["Payout method", method ?? null],
    ...(data.payout_method === "bank"
      ? ([
          ["Bank", data.bank_name],
          ["Account number", data.bank_account_number],
          ["Account holder", data.bank_account_holder],
        ] as [string, string | null][])
      : []),
    ...(data.payout_method === "ewallet"
      ? ([
          ["E-wallet", data.ewallet_provider],
          ["E-wallet number", data.ewallet_number],
        ] as [string, string | null][])
      : []),
    ["Staff notes", data.staff_notes],
  ]
  return (
    <dl className="divide-y" data-testid="private-data">
      {rows.map(([label, value]) => (
        <div key={label} className="grid grid-cols-[140px_1fr] gap-x-4 px-6 py-3">
          <dt className="txt-small-plus text-ui-fg-subtle">{label}</dt>
          <dd className="txt-small whitespace-pre-wrap break-words text-ui-fg-base">{value || "—"}</dd>
        </div>
      ))}
    </dl>
  )
}

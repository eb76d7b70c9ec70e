import { PencilSquare } from "@medusajs/icons"
import { Badge, Button, Text } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { craftLabel } from "../../lib/constants"
import type { AdminMaker, ConsentItem } from "../../lib/types"
import { Section } from "../section"
import { EditPublicDrawer } from "./edit-public-drawer"

/** Her public profile as stored, with what the store actually shows given her consent. */
export const PublicProfileSection = ({ maker }: { maker: AdminMaker }) => {
  const [editing, setEditing] = useState(false)
  const shown = (item: ConsentItem) => maker.status === "active" && maker.consents[item].granted
  return (
    <Section
      title="Public profile"
      description="As stored. A tag says whether the store shows each item now."
      actions={
        <Button size="small" variant="secondary" onClick={() => setEditing(true)}>
          <PencilSquare /> Edit
        </Button>
      }
    >
      <Row label="Display name" visible={shown("display_name")}>
        {maker.display_name}
      </Row>
      <Row label="Handle">
        <span className="font-mono">{maker.handle}</span>
      </Row>
      <Row label="Crafts">{maker.crafts.map(craftLabel).join(", ")}</Row>
      <Row label="City" visible={shown("city")}>
        {maker.city ?? "—"}
      </Row>
      <Row label="Image" visible={shown("image")}>
        {maker.image_url ? (
          <div className="flex items-center gap-x-3">
            <img src={maker.image_url} alt="" className="h-12 w-12 rounded-md border object-cover" />
            <span className="break-all text-ui-fg-subtle">{maker.image_url}</span>
          </div>
        ) : (
          "—"
        )}
      </Row>
      <Row label="Story (Indonesia)" visible={shown("story")}>
        <Story text={maker.story_id} />
      </Row>
      <Row label="Story (English)" visible={shown("story")}>
        <Story text={maker.story_en} />
      </Row>
      <EditPublicDrawer maker={maker} open={editing} onOpenChange={setEditing} />
    </Section>
  )
}

const Row = ({ label, visible, children }: { label: string; visible?: boolean; children: ReactNode }) => (
  <div className="grid grid-cols-[160px_1fr] items-start gap-x-4 px-6 py-3 text-ui-fg-subtle">
    <div className="flex flex-col items-start gap-y-1">
      <Text size="small" weight="plus" leading="compact">
        {label}
      </Text>
      {visible !== undefined &&
        (visible ? (
          <Badge size="2xsmall" color="green">
            Shown in store
          </Badge>
        ) : (
          <Badge size="2xsmall" color="grey">
            Not shown
          </Badge>
        ))}
    </div>
    <div className="txt-small min-w-0">{children}</div>
  </div>
)

const Story = ({ text }: { text: string | null }) =>
  text ? <p className="line-clamp-6 whitespace-pre-wrap">{text}</p> : <>—</>

import { Badge, Container, Heading, Text } from "@medusajs/ui"
import type { AdminMaker } from "../../lib/types"
import { formatDate } from "../../lib/format"
import { MakerStatusBadge } from "../maker-status-badge"
import { HideAction } from "./hide-action"

/** Name, status and the Hide now / Unhide action, at the top where it is found at once. */
export const MakerHeader = ({ maker }: { maker: AdminMaker }) => (
  <Container className="flex flex-col gap-y-3 px-6 py-4">
    <div className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <div className="flex items-center gap-x-2">
          <Heading level="h1">{maker.display_name}</Heading>
          <MakerStatusBadge status={maker.status} />
          {maker.is_collective && <Badge size="2xsmall">Collective</Badge>}
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          <span className="font-mono">{maker.handle}</span> · joined {formatDate(maker.joined_at)} ·{" "}
          {maker.product_count} {maker.product_count === 1 ? "product" : "products"}
        </Text>
      </div>
      <HideAction maker={maker} />
    </div>
    {maker.status === "hidden" && (
      <div
        role="status"
        className="rounded-md border border-ui-tag-red-border bg-ui-tag-red-bg px-3 py-2 txt-small text-ui-tag-red-text"
      >
        Hidden: her profile is not in the store and her products are shown as made by the Collective.
      </div>
    )}
  </Container>
)

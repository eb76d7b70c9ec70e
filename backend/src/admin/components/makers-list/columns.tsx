import { Badge, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { craftLabel } from "../../lib/constants"
import type { AdminMaker } from "../../lib/types"
import { MakerStatusBadge } from "../maker-status-badge"

const column = createDataTableColumnHelper<AdminMaker>()

export const makerColumns = [
  column.accessor("display_name", {
    header: "Display name",
    cell: ({ row }) => (
      <div className="flex items-center gap-x-2">
        <Text size="small" weight="plus" className="truncate">
          {row.original.display_name}
        </Text>
        {row.original.is_collective && <Badge size="2xsmall">Collective</Badge>}
      </div>
    ),
  }),
  column.accessor("handle", {
    header: "Handle",
    cell: ({ getValue }) => <span className="font-mono text-ui-fg-subtle">{getValue()}</span>,
  }),
  column.accessor("crafts", {
    header: "Crafts",
    cell: ({ getValue }) => getValue().map(craftLabel).join(", "),
  }),
  column.accessor("city", {
    header: "City",
    cell: ({ getValue }) => getValue() ?? "—",
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <MakerStatusBadge status={getValue()} />,
  }),
  column.accessor("product_count", {
    header: "Products",
    headerAlign: "right",
    cell: ({ getValue }) => <div className="text-right tabular-nums">{getValue()}</div>,
  }),
]

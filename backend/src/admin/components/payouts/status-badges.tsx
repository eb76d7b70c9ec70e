import { StatusBadge } from "@medusajs/ui"

export const BatchStatusBadge = ({ status }: { status: string }) => (
  <StatusBadge color={status === "open" ? "orange" : "green"}>{status === "open" ? "Open" : status === "closed" ? "Closed" : status}</StatusBadge>
)

const ITEM: Record<string, { color: "orange" | "green" | "red" | "grey"; label: string }> = {
  reserved: { color: "orange", label: "To transfer" },
  paid: { color: "green", label: "Paid" },
  failed: { color: "red", label: "Failed" },
}

export const ItemStatusBadge = ({ status }: { status: string }) => {
  const look = ITEM[status] ?? { color: "grey" as const, label: status }
  return <StatusBadge color={look.color}>{look.label}</StatusBadge>
}

const LINE: Record<string, { color: "green" | "orange" | "red"; label: string }> = {
  matched: { color: "green", label: "Matched" },
  mismatched: { color: "orange", label: "Mismatched" },
  unmatched: { color: "red", label: "Unmatched" },
}

export const LineStatusBadge = ({ status }: { status: string }) => {
  const look = LINE[status] ?? LINE.unmatched
  return <StatusBadge color={look.color}>{look.label}</StatusBadge>
}

import { StatusBadge } from "@medusajs/ui"
import type { MakerStatus } from "../lib/types"

/** Active (green) or Hidden (red): hidden makers are invisible in the store at once. */
export const MakerStatusBadge = ({ status }: { status: MakerStatus }) =>
  status === "hidden" ? <StatusBadge color="red">Hidden</StatusBadge> : <StatusBadge color="green">Active</StatusBadge>

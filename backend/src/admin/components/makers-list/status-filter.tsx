import { Select } from "@medusajs/ui"
import type { MakerStatus } from "../../lib/types"

const ALL = "all"

interface StatusFilterProps {
  value: MakerStatus | undefined
  onChange: (status: MakerStatus | undefined) => void
}

/** All / Active / Hidden. */
export const StatusFilter = ({ value, onChange }: StatusFilterProps) => (
  <Select
    size="small"
    value={value ?? ALL}
    onValueChange={(next) => onChange(next === ALL ? undefined : (next as MakerStatus))}
  >
    <Select.Trigger className="w-[160px]" aria-label="Status">
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <Select.Item value={ALL}>All statuses</Select.Item>
      <Select.Item value="active">Active</Select.Item>
      <Select.Item value="hidden">Hidden</Select.Item>
    </Select.Content>
  </Select>
)

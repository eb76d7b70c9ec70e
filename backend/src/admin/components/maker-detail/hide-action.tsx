import { Eye, EyeSlash } from "@medusajs/icons"
import { Button, toast, Tooltip, usePrompt } from "@medusajs/ui"
import { readServerError } from "../../lib/errors"
import { useSetHidden } from "../../lib/hooks/use-maker-mutations"
import type { AdminMaker } from "../../lib/types"

/** "Hide now" (danger, confirmed) or "Unhide". Takes effect in the store at once. */
export const HideAction = ({ maker }: { maker: AdminMaker }) => {
  const prompt = usePrompt()
  const setHidden = useSetHidden(maker.id)
  const hidden = maker.status === "hidden"

  const run = async () => {
    const confirmed = await prompt(
      hidden
        ? {
            variant: "confirmation",
            title: `Show ${maker.display_name} in the store again?`,
            description:
              "Her profile returns to the store with only the items she consented to, and her name returns to her products. Do this only when she has asked for it.",
            confirmText: "Unhide",
            cancelText: "Cancel",
          }
        : {
            variant: "danger",
            title: `Hide ${maker.display_name} now?`,
            description:
              "Her profile disappears from the store at once and her name is removed from her products, which stay on sale as made by the Collective. Nothing is deleted; you can unhide her later.",
            confirmText: "Hide now",
            cancelText: "Cancel",
          }
    )
    if (!confirmed) return
    try {
      await setHidden.mutateAsync(!hidden)
      toast.success(hidden ? "Visible in the store again" : "Hidden from the store")
    } catch (error) {
      toast.error(hidden ? "Could not unhide" : "Could not hide", { description: readServerError(error).message })
    }
  }

  if (hidden) {
    return (
      <Button size="small" variant="secondary" onClick={run} isLoading={setHidden.isPending}>
        <Eye /> Unhide
      </Button>
    )
  }
  const button = (
    <Button size="base" variant="danger" onClick={run} isLoading={setHidden.isPending} disabled={maker.is_collective}>
      <EyeSlash /> Hide now
    </Button>
  )
  return maker.is_collective ? (
    <Tooltip content="The Collective stands in for hidden makers and cannot itself be hidden.">
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  )
}

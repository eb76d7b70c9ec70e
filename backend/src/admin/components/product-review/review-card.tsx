import { Badge, Button, Heading, Input, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useId, useState } from "react"
import { readServerError } from "../../lib/errors"
import { formatDateTime } from "../../lib/format"
import { useReviewDecision, type ProductReviewItem } from "../../lib/product-reviews"

const CATEGORY_NAMES: Record<string, string> = {
  "buket-bunga": "Flower bouquet",
  "bale-pengantin": "Bridal bale",
  "hiasan-dinding": "Wall decor",
  "hiasan-pintu": "Door decor",
}

const idr = (amount: number | null) =>
  amount === null ? "—" : new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 }).format(amount)

/**
 * One product waiting for review: its photos and facts, Approve (with an optional USD price, prefilled with the
 * suggestion) and Return to maker (a note she will read is required). The section is labelled with the title,
 * so each card's controls can be found by their labels within it.
 */
export const ReviewCard = ({ review }: { review: ProductReviewItem }) => {
  const { product, maker } = review
  const ids = { usd: useId(), note: useId() }
  const [usd, setUsd] = useState(
    product.price_usd !== null ? String(product.price_usd) : product.suggested_price_usd !== null ? String(product.suggested_price_usd) : ""
  )
  const [note, setNote] = useState("")
  const decide = useReviewDecision()

  const approve = () => {
    const trimmed = usd.trim()
    const price = trimmed === "" ? undefined : Number(trimmed)
    if (price !== undefined && !(price > 0)) {
      toast.error("Enter a USD price above 0, or leave it empty")
      return
    }
    decide.mutate(
      { productId: product.id, approve: true, price_usd: price },
      {
        onSuccess: () => toast.success(`"${product.title}" is live`),
        onError: (error) => toast.error("Not approved", { description: readServerError(error).message }),
      }
    )
  }
  const giveBack = () =>
    decide.mutate(
      { productId: product.id, approve: false, note: note.trim() },
      {
        onSuccess: () => toast.success(`"${product.title}" returned to its maker`),
        onError: (error) => toast.error("Not returned", { description: readServerError(error).message }),
      }
    )

  return (
    <section aria-label={product.title} className="flex flex-col gap-4 px-6 py-4 lg:flex-row">
      <div className="flex shrink-0 flex-wrap gap-2 lg:w-72" role="list" aria-label="Photos">
        {product.images.map((image, i) => (
          <a key={image.id} href={image.url} target="_blank" rel="noreferrer" role="listitem">
            <img src={image.url} alt={`Photo ${i + 1} of ${product.title}`} className="h-24 w-24 rounded-md object-cover" />
          </a>
        ))}
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <Heading level="h2">{product.title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          by {maker ? `${maker.display_name} (@${maker.handle})` : "no maker"} · submitted {formatDateTime(review.submitted_at)}
        </Text>
        <div className="flex flex-wrap gap-2">
          <Badge size="2xsmall">{product.category ? CATEGORY_NAMES[product.category] ?? product.category : "No category"}</Badge>
          <Badge size="2xsmall">{idr(product.price_idr)}</Badge>
          <Badge size="2xsmall">
            {product.made_to_order ? `Made to order · ${product.lead_time_days ?? "?"} days` : `In stock: ${product.stock}`}
          </Badge>
        </div>
        {product.description && <Text size="small">{product.description}</Text>}
      </div>
      <div className="flex flex-col gap-3 lg:w-80">
        <div className="flex items-end gap-2">
          <div className="flex flex-1 flex-col gap-1">
            <Label htmlFor={ids.usd} size="small">
              Price in USD (optional)
            </Label>
            <Input id={ids.usd} inputMode="decimal" value={usd} onChange={(e) => setUsd(e.target.value)} size="small" />
          </div>
          <Button size="small" onClick={approve} isLoading={decide.isPending} disabled={decide.isPending}>
            Approve
          </Button>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={ids.note} size="small">
            Note for the maker
          </Label>
          <Textarea id={ids.note} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} rows={2} />
        </div>
        <Button size="small" variant="secondary" onClick={giveBack} disabled={decide.isPending || !note.trim()}>
          Return to maker
        </Button>
      </div>
    </section>
  )
}

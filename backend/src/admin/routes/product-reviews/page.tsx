import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CheckCircle } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { ReviewCard } from "../../components/product-review/review-card"
import { useProductReviews } from "../../lib/product-reviews"

/** Products makers submitted, oldest first: approve them onto the shop, or return them with a note. */
const ProductReviewPage = () => {
  const { data, isLoading, isError, error } = useProductReviews()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Product review</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Products makers submitted from the portal. Approve puts a product on the shop; Return sends it back with your note.
        </Text>
      </div>
      {isLoading ? (
        <Text size="small" className="px-6 py-4">
          Loading…
        </Text>
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          Could not load the queue: {error.message}
        </Text>
      ) : !data?.reviews.length ? (
        <Text size="small" className="px-6 py-4">
          Nothing to review.
        </Text>
      ) : (
        data.reviews.map((review) => <ReviewCard key={review.product.id} review={review} />)
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Product review",
  icon: CheckCircle,
})

export default ProductReviewPage

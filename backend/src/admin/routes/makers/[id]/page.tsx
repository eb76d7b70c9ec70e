import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link, useParams, type UIMatch } from "react-router-dom"
import { MakerBreadcrumb } from "../../../components/maker-breadcrumb"
import { ConsentSection } from "../../../components/maker-detail/consent-section"
import { HistorySection } from "../../../components/maker-detail/history-section"
import { MakerHeader } from "../../../components/maker-detail/maker-header"
import { PortalAccessSection } from "../../../components/maker-detail/portal-access-section"
import { PrivateDataSection } from "../../../components/maker-detail/private-data-section"
import { ProductsSection } from "../../../components/maker-detail/products-section"
import { PublicProfileSection } from "../../../components/maker-detail/public-profile-section"
import { isNotFound } from "../../../lib/errors"
import { useMaker } from "../../../lib/hooks/use-makers"

/** One maker: hide/unhide, public profile, private data (on request), consent, portal access, products, history. */
const MakerPage = () => {
  const { id } = useParams() as { id: string }
  const { data: maker, isLoading, error } = useMaker(id)

  if (isLoading) {
    return (
      <Container className="px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          Loading…
        </Text>
      </Container>
    )
  }
  if (!maker) {
    return (
      <Container className="flex flex-col items-start gap-y-3 px-6 py-4">
        <Heading level="h1">{isNotFound(error) ? "Maker not found" : "Could not load this maker"}</Heading>
        {error && !isNotFound(error) && (
          <Text size="small" className="text-ui-fg-error">
            {error.message}
          </Text>
        )}
        <Button size="small" variant="secondary" asChild>
          <Link to="/makers">Back to makers</Link>
        </Button>
      </Container>
    )
  }

  return (
    <div className="flex flex-col gap-y-3">
      <MakerHeader maker={maker} />
      <div className="flex flex-col gap-3 xl:flex-row xl:items-start">
        <div className="flex w-full min-w-0 flex-col gap-y-3">
          <PublicProfileSection maker={maker} />
          <ProductsSection maker={maker} />
          <HistorySection maker={maker} />
        </div>
        <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
          <ConsentSection maker={maker} />
          {!maker.is_collective && <PortalAccessSection maker={maker} />}
          <PrivateDataSection maker={maker} />
        </div>
      </div>
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => <MakerBreadcrumb id={(match.params as { id: string }).id} />,
}

export default MakerPage

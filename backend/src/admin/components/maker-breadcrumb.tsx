import { useMaker } from "../lib/hooks/use-makers"

/** The maker's display name in the dashboard's breadcrumb (shares the page's query, no extra request). */
export const MakerBreadcrumb = ({ id }: { id: string }) => {
  const { data: maker } = useMaker(id)
  return <span>{maker?.display_name ?? "Maker"}</span>
}

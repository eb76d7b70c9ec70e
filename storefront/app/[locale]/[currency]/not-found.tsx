import { NotFoundView } from "@/components/layout/NotFoundView"

// A not-found boundary receives no params: the view reads the language from the URL the browser asked for.
export default function NotFound() {
  return <NotFoundView />
}

import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Button, Container, DataTable, Heading, Text, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { makerColumns } from "../../components/makers-list/columns"
import { StatusFilter } from "../../components/makers-list/status-filter"
import { PAGE_SIZE } from "../../lib/constants"
import { useMakers } from "../../lib/hooks/use-makers"
import type { MakerStatus } from "../../lib/types"

/** Makers: search, filter by status, open one, or create one. No private data on this page. */
const MakersPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [status, setStatus] = useState<MakerStatus | undefined>()
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })

  const { data, isLoading, isError, error } = useMakers({
    q: search,
    status,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const toFirstPage = () => setPagination((p) => ({ ...p, pageIndex: 0 }))

  const table = useDataTable({
    columns: makerColumns,
    data: data?.makers ?? [],
    getRowId: (maker) => maker.id,
    rowCount: data?.count ?? 0,
    isLoading,
    search: {
      state: search,
      onSearchChange: (q) => {
        setSearch(q)
        toFirstPage()
      },
      debounce: 300,
    },
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, maker) => navigate(`/makers/${maker.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading level="h1">Makers</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              The women whose crafts the store sells, and the Collective.
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DataTable.Search placeholder="Search name or handle" />
            <StatusFilter
              value={status}
              onChange={(next) => {
                setStatus(next)
                toFirstPage()
              }}
            />
            <Button size="small" variant="secondary" asChild>
              <Link to="/makers/create">Create</Link>
            </Button>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
            Could not load makers: {error.message}
          </Text>
        ) : (
          <DataTable.Table
            emptyState={{
              empty: { heading: "No makers yet", description: "Create the first maker profile." },
              filtered: { heading: "No makers match", description: "Try another search or status." },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Makers",
  icon: Users,
})

export default MakersPage

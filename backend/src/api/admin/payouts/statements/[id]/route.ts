import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importToApi, linesToApi, retrieveImport, summaryOf } from "../helpers"

/** One imported statement with its stored lines, each with what it is matched to. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { row, lines } = await retrieveImport(req.scope, req.params.id)
  res.json({
    statement: importToApi(row),
    lines: await linesToApi(req.scope, lines, row.currency),
    summary: summaryOf(lines, Number(row.line_count) - lines.length),
  })
}

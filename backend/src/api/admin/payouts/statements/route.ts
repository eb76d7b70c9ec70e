import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { importStatementWorkflow } from "../../../../workflows/import-statement"
import { actorOf } from "../../makers/helpers"
import { payoutService } from "../batches/helpers"
import type { AdminImportStatementType, AdminListStatementsQueryType } from "../batches/validators"
import { IMPORT_FIELDS, importToApi, linesToApi, retrieveImport, summaryOf, type ImportRow, type LineRow } from "./helpers"
import type { ReceivedStatement } from "./receive-statement"

/** Imported statements, newest first, each with how many of its lines are matched, mismatched, unmatched. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListStatementsQueryType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery as AdminListStatementsQueryType
  const payouts = payoutService(req.scope)
  const [rows, count] = (await payouts.listAndCountStatementImports({}, {
    select: IMPORT_FIELDS,
    order: { created_at: "DESC", id: "DESC" },
    skip: offset,
    take: limit,
  })) as unknown as [ImportRow[], number]
  const lines = rows.length
    ? ((await payouts.listStatementLines({ import_id: rows.map((r) => r.id) }, { select: ["import_id", "status"] })) as unknown as LineRow[])
    : []
  res.json({
    statements: rows.map((row) => {
      const own = lines.filter((line) => line.import_id === row.id)
      return { ...importToApi(row), stored_lines: own.length, summary: summaryOf(own, Number(row.line_count) - own.length) }
    }),
    count,
    limit,
    offset,
  })
}

/**
 * Uploads a bank statement (kind "bank") or a Stripe balance report (kind "stripe") as multipart/form-data:
 * file, kind, currency. Answers with the import, its new lines and how they matched; lines imported before are
 * skipped and counted (duplicate_lines_skipped). A file the parser cannot read is a 400 with its message.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminImportStatementType>, res: MedusaResponse) => {
  const file = (req as unknown as { file: ReceivedStatement }).file
  const { kind, currency } = req.validatedBody
  const filename = (file.originalname || "statement.csv").replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200) || "statement.csv"
  const { result } = await importStatementWorkflow(req.scope).run({
    input: { kind, currency, filename, file_base64: file.buffer.toString("base64"), actor_id: actorOf(req) },
  })
  const { row, lines } = await retrieveImport(req.scope, result.import_id)
  res.status(201).json({
    import: importToApi(row),
    results: await linesToApi(req.scope, lines, row.currency),
    summary: summaryOf(lines, result.duplicate_lines.length),
    duplicate_lines: result.duplicate_lines,
    warnings: result.warnings,
  })
}

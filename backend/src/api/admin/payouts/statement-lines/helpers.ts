import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { matchStatementLineWorkflow, type MatchStatementLineWorkflowInput } from "../../../../workflows/match-statement-line"
import { payoutService } from "../batches/helpers"
import { LINE_FIELDS, linesToApi, type LineRow } from "../statements/helpers"

/** Runs the manual match/unmatch and answers with the line as it now stands. */
export async function setMatchAndRespond(req: AuthenticatedMedusaRequest, res: MedusaResponse, input: MatchStatementLineWorkflowInput) {
  await matchStatementLineWorkflow(req.scope).run({ input })
  const payouts = payoutService(req.scope)
  const [line] = (await payouts.listStatementLines({ id: input.line_id }, { select: LINE_FIELDS, take: 1 })) as unknown as LineRow[]
  const imported = await payouts.retrieveStatementImport(line!.import_id, { select: ["currency"] })
  const [shaped] = await linesToApi(req.scope, [line!], imported.currency)
  res.json({ line: shaped })
}

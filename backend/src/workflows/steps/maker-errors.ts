import { MedusaError } from "@medusajs/framework/utils"

/** A unique-index violation on the handle, whichever layer reports it, becomes the 400 the contract names. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; type?: string; message?: string; cause?: { code?: string } }
  return (
    e?.code === "23505" ||
    e?.cause?.code === "23505" ||
    e?.type === MedusaError.Types.DUPLICATE_ERROR ||
    /already exists|unique/i.test(e?.message ?? "")
  )
}

export const duplicateHandleError = (handle: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, `A maker with the handle "${handle}" already exists`)

/**
 * Database errors can quote the row they failed on (Postgres puts it in `detail`), and error messages are
 * logged. An error from writing private data is replaced by one that names the operation only.
 */
export async function withoutPrivateDetail<T>(operation: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write()
  } catch (error) {
    const code = (error as { code?: string })?.code
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `Could not ${operation} (${(error as Error)?.name ?? "error"}${code ? ` ${code}` : ""})`
    )
  }
}

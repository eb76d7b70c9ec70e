/** Why an upload was refused. The storefront translates by code; the message is for logs and APIs. */
export type MediaErrorCode = "empty" | "too_large" | "unsupported_type" | "too_many_pixels" | "corrupt";

/**
 * An upload the pipeline refuses. `message` is a plain English sentence that never contains the file's name
 * nor anything read from its metadata; `cause`, when set, is the underlying decoder error (for logs only).
 */
export class MediaError extends Error {
  override readonly name = "MediaError";
  readonly code: MediaErrorCode;

  constructor(code: MediaErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isMediaError(value: unknown): value is MediaError {
  return value instanceof MediaError;
}

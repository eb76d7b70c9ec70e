export declare function acceptsBrotli(acceptEncoding: string | string[] | undefined): boolean
export declare function staticBrotliPath(
  staticDir: string,
  method: string | undefined,
  url: string | undefined,
  acceptEncoding: string | string[] | undefined
): string | null

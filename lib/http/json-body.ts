/**
 * Reads a small JSON body, refusing oversized ones before parsing them. Returns undefined for
 * a body that is too large or not JSON; the caller's zod schema then reports it.
 */
export async function readSmallJson(request: Request, maxBytes = 16_384): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return undefined;
  const text = await request.text().catch(() => "");
  if (text.length > maxBytes) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

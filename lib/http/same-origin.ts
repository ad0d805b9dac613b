import { env } from "@/lib/env";

/**
 * Writes from the browser must come from Parley's own pages: a request whose Origin (or, when
 * absent, Referer) names another site is refused, so another site cannot make a signed-in
 * visitor's browser write on their behalf.
 */
export function isSameOriginRequest(request: Request): boolean {
  const expected = new URL(env.authUrl).origin;
  const origin = request.headers.get("origin");
  if (origin) return origin === expected || origin === new URL(request.url).origin;
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const from = new URL(referer).origin;
      return from === expected || from === new URL(request.url).origin;
    } catch {
      return false;
    }
  }
  return false;
}

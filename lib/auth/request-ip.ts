/**
 * The client address as the app sees it. Behind a reverse proxy this is the proxy's
 * X-Forwarded-For; a client can forge that header when no proxy strips it, which is why
 * sign-in is also limited per account.
 */
export function clientAddressFrom(headers: { get(name: string): string | null }): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}

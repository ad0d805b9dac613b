const BASE = "http://parley.invalid";

/**
 * Only same-site paths: a crafted callbackUrl must not send people to another site. The value
 * is resolved the way a browser would (which drops tabs and line breaks, so "/\t/evil" means
 * "//evil"), and kept only when it stays on this site.
 */
export function safeCallbackUrl(value: string | null | undefined, fallback = "/"): string {
  if (!value?.startsWith("/")) return fallback;
  try {
    const url = new URL(value, BASE);
    return url.origin === BASE ? url.pathname + url.search + url.hash : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Whether next-auth accepts `value` as its callbackUrl query parameter: an http(s) address, or a
 * path. next-auth answers anything else with a 500 ("a problem with the server configuration"),
 * so its route refuses such a request first, with a 400.
 */
export function isAcceptedCallbackParam(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? BASE : undefined).protocol);
  } catch {
    return false;
  }
}

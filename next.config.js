// @ts-check

// next/constants PHASE_DEVELOPMENT_SERVER (a require() here is refused by the lint rules).
const PHASE_DEVELOPMENT_SERVER = "phase-development-server";

/**
 * The Content-Security-Policy of every response. Scripts need 'unsafe-inline': the public pages
 * are prerendered and carry Next's inline bootstrap scripts, and the nonces that would replace it
 * make every page render per request (no shared cache). What the policy still gives: scripts only
 * from Parley itself (no third-party host), no plugins, no <base> or form posts elsewhere, no
 * framing, and nothing fetched or sent to another origin. The development server also evaluates
 * code for hot reload ('unsafe-eval'); production never does.
 */
function contentSecurityPolicy(dev) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    // React and Next set style attributes (progress bars, the skip link's focus, next/font).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Sent with every page, route and file (tests/e2e/security-headers.spec.ts checks them). */
function securityHeaders(dev) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(dev) },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  ];
}

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  poweredByHeader: false,
  // Next hashes every response body in JavaScript to make an ETag: on a large static page that
  // costs more than sending it. Cached pages are revalidated by time instead.
  generateEtags: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  typedRoutes: false,
  experimental: {
    serverActions: {
      // A teacher uploads up to 50 article files, 1 MB each and 10 MB in all, plus up to 3 MB of
      // pasted text (lib/authoring/upload-schema.ts). The action checks those limits and names
      // each file that breaks them; this cap only has to let an allowed set through. It applies
      // to every action, before the session is checked, so it stays close to that need.
      bodySizeLimit: "14mb",
    },
  },
  async headers() {
    // The explainer's map is an SVG file: opened on its own it may only style itself. Listed
    // after the site-wide rule, whose Content-Security-Policy it replaces (the last rule wins).
    const mapPolicy = [
      {
        key: "Content-Security-Policy",
        value: "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      },
    ];
    return [
      { source: "/:path*", headers: securityHeaders(phase === PHASE_DEVELOPMENT_SERVER) },
      { source: "/modules/:slug/map.svg", headers: mapPolicy },
      { source: "/library/:slug/map.svg", headers: mapPolicy },
    ];
  },
});

module.exports = nextConfig;

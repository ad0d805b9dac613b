// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next hashes every response body in JavaScript to make an ETag: on a large static page that
  // costs more than sending it. Cached pages are revalidated by time instead.
  generateEtags: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  typedRoutes: false,
};

module.exports = nextConfig;

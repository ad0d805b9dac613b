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
  experimental: {
    serverActions: {
      // A teacher uploads up to 50 article files, 1 MB each and 10 MB in all, plus up to 3 MB of
      // pasted text (lib/authoring/upload-schema.ts). The action checks those limits and names
      // each file that breaks them; this cap only has to let an allowed set through. It applies
      // to every action, before the session is checked, so it stays close to that need.
      bodySizeLimit: "14mb",
    },
  },
};

module.exports = nextConfig;

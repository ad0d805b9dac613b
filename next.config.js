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
      // A teacher uploads up to 50 article files of 1 MB each (lib/authoring/upload-schema.ts),
      // plus pasted text. The files are checked one by one in the action, which names each file
      // that is too big: the body limit only has to let the whole set through.
      bodySizeLimit: "52mb",
    },
  },
};

module.exports = nextConfig;

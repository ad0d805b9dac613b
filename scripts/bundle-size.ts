/**
 * npm run bench:bundle: first-load JavaScript per route of the last production build, gzipped
 * (Next 16 no longer prints it). Reads .next/diagnostics/route-bundle-stats.json.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

const LIMITS: Record<string, number> = { "/modules/[slug]": 160 * 1024 };

const stats: RouteStats[] = JSON.parse(
  readFileSync(path.join(".next", "diagnostics", "route-bundle-stats.json"), "utf8"),
);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
let failed = false;
console.log("| route | first-load JS | gzipped | limit |\n|---|---:|---:|---:|");
for (const route of stats.sort((a, b) => a.route.localeCompare(b.route))) {
  const gzipped = route.firstLoadChunkPaths.reduce(
    (sum, chunk) => sum + gzipSync(readFileSync(chunk), { level: 9 }).length,
    0,
  );
  const limit = LIMITS[route.route];
  if (limit && gzipped > limit) failed = true;
  console.log(`| ${route.route} | ${kb(route.firstLoadUncompressedJsBytes)} | ${kb(gzipped)} | ${limit ? kb(limit) : ""} |`);
}
if (failed) {
  console.error("A route is over its first-load JavaScript limit.");
  process.exit(1);
}

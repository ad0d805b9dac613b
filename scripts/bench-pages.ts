/**
 * npm run bench:pages: serves the production build and measures the public pages under load
 * (50 connections, 10 s each, server and load generator on the same machine).
 * Needs a build: `npm start` once, or `npm run setup && npm run build`.
 */
import { formatTable, measure } from "./bench/load";
import { startServer, stopServer } from "./bench/server";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const SLUG = "pakistan-afghan-taliban-talks-2025";

async function main() {
  const server = await startServer(PORT);
  try {
    const base = `http://localhost:${PORT}`;
    const firstArticle = await fetch(`${base}/modules/${SLUG}`)
      .then((r) => r.text())
      .then((html) => html.match(new RegExp(`/modules/${SLUG}/articles/([A-Za-z0-9_-]+)`))?.[1]);
    const results = [
      await measure("module page", `${base}/modules/${SLUG}`),
      await measure("article page", `${base}/modules/${SLUG}/articles/${firstArticle}`),
      await measure("home page", `${base}/`),
    ];
    console.log(formatTable(results));
    const modulePage = results[0]!;
    const ok = modulePage.requestsPerSecond >= 1500 && modulePage.p99 <= 100 && modulePage.errors + modulePage.non2xx === 0;
    console.log(`\nmodule page target (>= 1500 req/s, p99 <= 100 ms, no errors): ${ok ? "met" : "NOT met"}`);
  } finally {
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * npm run bench:pages: serves the production build and measures the public pages under load
 * (50 connections, 10 s each, server and load generator on the same machine).
 * Needs a build: `npm start` once, or `npm run setup && npm run build`.
 *
 * Two set-ups are measured: `next start` alone, and the deployment's set-up (deploy/, nginx's
 * shared cache in front of the app), with the same page served by nginx as a plain static file
 * as the yardstick. The nginx rows are skipped when nginx is not installed, and on PostgreSQL,
 * where they would measure nginx again.
 *
 * The server works on its own database, set up afresh on every run (migrated, sample imported):
 * data/bench-pages.db, or with BENCH_DATABASE=postgresql parley_bench_pages on
 * PARLEY_BENCH_POSTGRES_URL's server (scripts/bench/database.ts). These pages are prerendered and
 * refreshed every five minutes (ISR), so under load they come from Next's cache: the database
 * is read for the first render and each refresh, not for every request.
 * Options: BENCH_PORT (3300, and the next two for nginx), BENCH_SECONDS (10 per page).
 */
import { benchDatabase, benchDatabaseLabel, setUpDatabase } from "./bench/database";
import { recordFigures } from "./bench/figures";
import { formatTable, measure, type LoadResult } from "./bench/load";
import { findNginx, startNginx, stopNginx } from "./bench/nginx";
import { peakMemoryMb, startServer, stopServer } from "./bench/server";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** "SQLite" or "PostgreSQL": named in every figure printed. */
const DATABASE = benchDatabaseLabel();
const SLUG = "pakistan-afghan-taliban-talks-2025";
const TARGET = { requestsPerSecond: 1500, p99: 100 };

function meetsTarget(result: LoadResult) {
  return (
    result.requestsPerSecond >= TARGET.requestsPerSecond && result.p99 <= TARGET.p99 && result.errors + result.non2xx === 0
  );
}

async function main() {
  const server = await startServer(PORT, { DATABASE_URL: await setUpDatabase("pages") });
  const results: LoadResult[] = [];
  let memory: number | null = null;
  try {
    const base = `http://localhost:${PORT}`;
    const modulePath = `/modules/${SLUG}`;
    const moduleHtml = await fetch(`${base}${modulePath}`).then((r) => r.text());
    const firstArticle = moduleHtml.match(new RegExp(`/modules/${SLUG}/articles/([A-Za-z0-9_-]+)`))?.[1];
    results.push(
      await measure(`module page (${DATABASE})`, `${base}${modulePath}`, 50, SECONDS),
      await measure(`article page (${DATABASE})`, `${base}/modules/${SLUG}/articles/${firstArticle}`, 50, SECONDS),
      await measure(`home page (${DATABASE})`, `${base}/`, 50, SECONDS),
    );
    // Read now: the app server's own figure (nginx's cache answers the rows below after one miss).
    memory = peakMemoryMb(server);

    if (benchDatabase() === "postgresql") {
      console.log("On PostgreSQL only the `next start` rows are measured: nginx's rows do not depend on the database.");
    } else if (findNginx()) {
      const nginx = await startNginx({
        port: PORT + 1,
        upstreamPorts: [PORT],
        staticFiles: { port: PORT + 2, files: { "module.html": moduleHtml } },
      });
      try {
        results.push(
          await measure("module page, through the nginx cache", `http://127.0.0.1:${PORT + 1}${modulePath}`, 50, SECONDS),
          await measure("module page as a static file (nginx)", `http://127.0.0.1:${PORT + 2}/module.html`, 50, SECONDS),
        );
      } finally {
        await stopNginx(nginx);
      }
    } else {
      console.log("nginx is not installed: the deployment set-up is not measured (apt-get install nginx).");
    }
  } finally {
    await stopServer(server);
  }

  console.log(formatTable(results));
  if (memory !== null) console.log(`\nnext start peak memory (RSS), ${DATABASE}: ${memory} MB`);
  const direct = results[0]!;
  console.log(`\nmodule page target (>= ${TARGET.requestsPerSecond} req/s, p99 <= ${TARGET.p99} ms, no errors):`);
  console.log(`  next start alone, ${DATABASE}: ${meetsTarget(direct) ? "met" : "NOT met"}`);
  recordFigures(
    results.map((r) => ({
      benchmark: r.name.replace(` (${DATABASE})`, ""),
      database: r.name.includes("static file") ? "none (a file)" : DATABASE,
      perSecond: r.requestsPerSecond,
      p50Ms: r.p50,
      p99Ms: r.p99,
      errors: r.errors + r.non2xx,
      memoryMb: r.name.includes("nginx") ? null : memory,
      note: `${r.tool}, ${Math.round(r.bytesPerRequest / 1024)} KB/request`,
    })),
  );
  const proxied = results.find((r) => r.name.includes("nginx cache"));
  if (proxied) console.log(`  deployment set-up (nginx cache in front): ${meetsTarget(proxied) ? "met" : "NOT met"}`);
  const staticFile = results.find((r) => r.name.includes("static file"));
  if (proxied && staticFile) {
    const share = proxied.requestsPerSecond / staticFile.requestsPerSecond;
    console.log(
      `through the nginx cache, the module page reaches ${Math.round(share * 100)}% of the static-file rate (target: at least 50%): ${share >= 0.5 ? "met" : "NOT met"}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

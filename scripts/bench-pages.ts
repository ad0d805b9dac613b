/**
 * npm run bench:pages: serves the production build and measures the public pages under load
 * (50 connections, 10 s each, server and load generator on the same machine).
 * Needs a build: `npm start` once, or `npm run setup && npm run build`.
 *
 * Two set-ups are measured: `next start` alone, and the deployment's set-up (deploy/, nginx's
 * shared cache in front of the app), with the same page served by nginx as a plain static file
 * as the yardstick. The nginx rows are skipped when nginx is not installed.
 */
import { formatTable, measure, type LoadResult } from "./bench/load";
import { findNginx, startNginx, stopNginx } from "./bench/nginx";
import { peakMemoryMb, startServer, stopServer } from "./bench/server";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const SLUG = "pakistan-afghan-taliban-talks-2025";
const TARGET = { requestsPerSecond: 1500, p99: 100 };

function meetsTarget(result: LoadResult) {
  return (
    result.requestsPerSecond >= TARGET.requestsPerSecond && result.p99 <= TARGET.p99 && result.errors + result.non2xx === 0
  );
}

async function main() {
  const server = await startServer(PORT);
  const results: LoadResult[] = [];
  let memory: number | null = null;
  try {
    const base = `http://localhost:${PORT}`;
    const modulePath = `/modules/${SLUG}`;
    const moduleHtml = await fetch(`${base}${modulePath}`).then((r) => r.text());
    const firstArticle = moduleHtml.match(new RegExp(`/modules/${SLUG}/articles/([A-Za-z0-9_-]+)`))?.[1];
    results.push(
      await measure("module page", `${base}${modulePath}`),
      await measure("article page", `${base}/modules/${SLUG}/articles/${firstArticle}`),
      await measure("home page", `${base}/`),
    );

    if (findNginx()) {
      const nginx = await startNginx({
        port: PORT + 1,
        upstreamPorts: [PORT],
        staticFiles: { port: PORT + 2, files: { "module.html": moduleHtml } },
      });
      try {
        results.push(
          await measure("module page, through the nginx cache", `http://127.0.0.1:${PORT + 1}${modulePath}`),
          await measure("module page as a static file (nginx)", `http://127.0.0.1:${PORT + 2}/module.html`),
        );
      } finally {
        await stopNginx(nginx);
      }
    } else {
      console.log("nginx is not installed: the deployment set-up is not measured (apt-get install nginx).");
    }
    memory = peakMemoryMb(server);
  } finally {
    await stopServer(server);
  }

  console.log(formatTable(results));
  if (memory !== null) console.log(`\nnext start peak memory (RSS): ${memory} MB`);
  const direct = results[0]!;
  console.log(`\nmodule page target (>= ${TARGET.requestsPerSecond} req/s, p99 <= ${TARGET.p99} ms, no errors):`);
  console.log(`  next start alone: ${meetsTarget(direct) ? "met" : "NOT met"}`);
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

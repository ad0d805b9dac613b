/**
 * npm run bench: every benchmark, one after another, and docs/benchmarks.md written from what
 * they print. Needs a production build (`npm run setup && npm run build`) and a quiet machine:
 * the load generators share it with the servers, so anything else running lowers every figure.
 *
 * The module page is measured three ways by bench:pages: from `next start` alone, through the
 * deployment's nginx cache, and as a plain static file served by nginx (the yardstick).
 *
 * The benchmarks that use the database run on SQLite, then again on PostgreSQL when
 * PARLEY_BENCH_POSTGRES_URL names a server (scripts/bench/database.ts); the report says which
 * database every figure comes from, and why there are no PostgreSQL figures when it is unset.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DATABASE_LABEL, openBenchSql, type BenchDatabase } from "./bench/database";
import { figuresTable, groupByBenchmark, readFigures } from "./bench/figures";

type Bench = { script: string; title: string; what: string; usesDatabase: boolean };

const BENCHES: Bench[] = [
  {
    script: "bench:pages",
    usesDatabase: true,
    title: "Public pages: module page, article page, home",
    what: "wrk (autocannon without it), 50 connections, 10 s per page after a warm-up; requests/s, latency, errors, bytes, server memory. The pages are prerendered and refreshed every 5 minutes, so the database is read once per refresh, not per request; nginx's rows are measured once, with the app on SQLite.",
  },
  {
    script: "bench:quiz",
    usesDatabase: true,
    title: "Answer submission",
    what: "50 signed-in students answering the sample quiz over HTTP: capacity, then a scheduled 300 answers/s; then the database is checked against what was acknowledged.",
  },
  {
    script: "bench:dashboard",
    usesDatabase: true,
    title: "Class dashboard",
    what: "40 students × 10 assignments: data load and render of the progress grid, SQL statements per load.",
  },
  {
    script: "bench:generate",
    usesDatabase: false,
    title: "Generator",
    what: "The article-to-module generator on 5, 50 and 500 articles: time and peak memory.",
  },
];

function run(script: string, env: Record<string, string>): Promise<{ output: string; code: number }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", script], {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    let output = "";
    const keep = (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString("utf8");
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("close", (code) => resolve({ output, code: code ?? 1 }));
  });
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** The PostgreSQL server's version, for the report's header. */
async function postgresVersion(url: string): Promise<string> {
  const sql = await openBenchSql(url);
  try {
    const [row] = await sql.query<{ server_version: string }>("SHOW server_version");
    return row?.server_version ?? "unknown";
  } finally {
    await sql.close();
  }
}

async function main() {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.error("No production build: run `npm run setup && npm run build` first.");
    process.exit(1);
  }
  const postgresUrl = process.env.PARLEY_BENCH_POSTGRES_URL;
  const databases: BenchDatabase[] = postgresUrl ? ["sqlite", "postgresql"] : ["sqlite"];
  const databaseLine = postgresUrl
    ? `Databases: SQLite (the default), then PostgreSQL ${await postgresVersion(postgresUrl)} on the same machine (PARLEY_BENCH_POSTGRES_URL), for every benchmark that uses one.`
    : "Database: SQLite (the default) only. The PostgreSQL figures were not measured: PARLEY_BENCH_POSTGRES_URL was not set (a server URL as a role that may create databases, e.g. postgresql://parley:parley@127.0.0.1:5432/postgres).";
  const figuresDir = mkdtempSync(path.join(os.tmpdir(), "parley-bench-figures-"));
  const figuresFile = path.join(figuresDir, "figures.jsonl");
  const sections: string[] = [];
  let failed = 0;
  for (const bench of BENCHES) {
    const runs: string[] = [];
    for (const database of bench.usesDatabase ? databases : [null]) {
      const label = database ? DATABASE_LABEL[database] : null;
      console.log(`\n=== ${bench.script}${label ? ` on ${label}` : ""} ===`);
      const started = Date.now();
      const { output, code } = await run(bench.script, {
        BENCH_FIGURES_FILE: figuresFile,
        ...(database ? { BENCH_DATABASE: database } : {}),
      });
      if (code !== 0) failed++;
      const seconds = Math.round((Date.now() - started) / 1000);
      // npm's own warnings are not part of the figures.
      const figures = output
        .split("\n")
        .filter((line) => !line.startsWith("npm warn"))
        .join("\n")
        .trim();
      const took = `${seconds} s${code === 0 ? "" : `, exit code ${code}`}`;
      const fence = "```";
      runs.push(`${label ? `### ${label} (${took})` : `Took ${took}.`}\n\n${fence}\n${figures}\n${fence}`);
    }
    if (bench.usesDatabase && !postgresUrl) {
      runs.push("### PostgreSQL\n\nNot measured: PARLEY_BENCH_POSTGRES_URL was not set.");
    }
    sections.push(`## ${bench.title}\n\n\`npm run ${bench.script}\`: ${bench.what}\n\n${runs.join("\n\n")}`);
  }
  const summary = figuresTable(groupByBenchmark(readFigures(figuresFile)));
  rmSync(figuresDir, { recursive: true, force: true });
  const report = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.
Machine: ${machine()}. Servers and load generators run on this same machine.
${databaseLine}
Targets and their history are discussed in docs/performance.md.

## Summary

Each row names the database its figures come from. Per second: requests (pages) or answers
(quiz); the dashboard is timed in-process (data load and render), without HTTP. Memory: the peak
resident memory of the \`next start\` server (the dashboard: of the bench's own process).

${summary}

${sections.join("\n\n")}
`;
  writeFileSync(path.join(process.cwd(), "docs", "benchmarks.md"), report);
  console.log(`\nWrote docs/benchmarks.md${failed ? ` (${failed} benchmark run(s) missed a target or failed)` : ""}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

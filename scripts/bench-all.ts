/**
 * npm run bench: every benchmark, one after another, and docs/benchmarks.md written from what
 * they print. Needs a production build (`npm run setup && npm run build`) and a quiet machine:
 * the load generators share it with the servers, so anything else running lowers every figure.
 *
 * The module page is measured three ways by bench:pages: from `next start` alone, through the
 * deployment's nginx cache, and as a plain static file served by nginx (the yardstick).
 */
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

type Bench = { script: string; title: string; what: string };

const BENCHES: Bench[] = [
  {
    script: "bench:pages",
    title: "Public pages: module page, article page, home",
    what: "autocannon, 50 connections, 10 s per page after a warm-up; requests/s, latency, errors, bytes, server memory.",
  },
  {
    script: "bench:quiz",
    title: "Answer submission",
    what: "50 signed-in students answering the sample quiz over HTTP: capacity, then a scheduled 300 answers/s; then the database is checked against what was acknowledged.",
  },
  {
    script: "bench:dashboard",
    title: "Class dashboard",
    what: "40 students × 10 assignments: data load and render of the progress grid, SQL statements per load.",
  },
  {
    script: "bench:generate",
    title: "Generator",
    what: "The article-to-module generator on 5, 50 and 500 articles: time and peak memory.",
  },
];

function run(script: string): Promise<{ output: string; code: number }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "-s", script], { stdio: ["ignore", "pipe", "pipe"], env: process.env });
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

async function main() {
  if (!existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.error("No production build: run `npm run setup && npm run build` first.");
    process.exit(1);
  }
  const sections: string[] = [];
  let failed = 0;
  for (const bench of BENCHES) {
    console.log(`\n=== ${bench.script} ===`);
    const started = Date.now();
    const { output, code } = await run(bench.script);
    if (code !== 0) failed++;
    const seconds = Math.round((Date.now() - started) / 1000);
    // npm's own warnings are not part of the figures.
    const figures = output
      .split("\n")
      .filter((line) => !line.startsWith("npm warn"))
      .join("\n")
      .trim();
    sections.push(
      `## ${bench.title}\n\n\`npm run ${bench.script}\` (${seconds} s${code === 0 ? "" : `, exit code ${code}`}): ${bench.what}\n\n\`\`\`\n${figures}\n\`\`\``,
    );
  }
  const report = `# Benchmarks

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.
Machine: ${machine()}. Servers and load generators run on this same machine.
Database: SQLite (the default). Targets and their history are discussed in docs/performance.md.

${sections.join("\n\n")}
`;
  writeFileSync(path.join(process.cwd(), "docs", "benchmarks.md"), report);
  console.log(`\nWrote docs/benchmarks.md${failed ? ` (${failed} benchmark(s) missed a target or failed)` : ""}.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * npm run bench:dashboard: the class dashboard's server time for 40 students and 10 assignments.
 * Seeds a fresh SQLite file (the sample module imported 10 times under different slugs, each
 * student with reading progress and a finished attempt with every question answered), then
 * times loading the grid's data and rendering the grid to HTML, the page's own work. Prints
 * p50/p99 in ms and the number of SQL statements per load. Target: at most 300 ms.
 * Options: BENCH_STUDENTS (40), BENCH_ASSIGNMENTS (10), BENCH_RUNS (30).
 */
import "./bench/server-only-shim";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 40);
const ASSIGNMENTS = Number(process.env.BENCH_ASSIGNMENTS ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "parley-bench-dashboard-"));
  const file = path.join(dir, "bench.db");
  process.env.DATABASE_URL = `file:${file}`;
  // Production React, as `next start` serves it (the development build is several times slower).
  Object.assign(process.env, { NODE_ENV: "production", NEXTAUTH_SECRET: randomBytes(32).toString("hex") });
  const prismaCli = createRequire(__filename).resolve("prisma/build/index.js");
  const migrated = spawnSync(process.execPath, [prismaCli, "migrate", "deploy"], { env: process.env, encoding: "utf8" });
  if (migrated.status !== 0) throw new Error(`migrate deploy failed:\n${migrated.stdout}\n${migrated.stderr}`);

  // The counting client first, so that lib/db/client uses it.
  const { countStatements } = await import("../tests/support/query-counting-client");
  const { generateModuleFromFolder } = await import("../lib/generator");
  const { importGeneratedModule } = await import("../lib/modules/import-module");
  const { createUser, seedClass, seedModuleOf } = await import("../tests/support/class-fixtures");
  const { loadClassGrid } = await import("../lib/class-progress/grid");
  const { ClassProgressGrid } = await import("../components/assignments/class-grid");
  const { Role } = await import("../lib/generated/prisma/enums");
  const { db } = await import("../lib/db/client");
  const { createElement } = await import("react");
  const { renderToString } = await import("react-dom/server");

  console.log(`Seeding ${STUDENTS} students × ${ASSIGNMENTS} assignments in ${file}…`);
  const generated = generateModuleFromFolder(path.join(process.cwd(), "content", "sample"));
  const modules = [];
  for (let i = 1; i <= ASSIGNMENTS; i++) {
    const stored = await importGeneratedModule(
      { ...generated, title: `${generated.title} (${i})` },
      { slug: `bench-module-${i}`, publish: true, generatorVersion: "bench" },
    );
    modules.push(await seedModuleOf(stored.moduleId));
  }
  const teacher = await createUser("Bench Teacher", Role.TEACHER);
  const { classId } = await seedClass({ teacherId: teacher.id, name: "Bench class", studentCount: STUDENTS, modules });
  const [answers, reading] = await Promise.all([db.quizAnswer.count(), db.readingProgress.count()]);
  console.log(`Seeded: ${reading} reading rows, ${answers} answers.`);

  const once = async () => {
    const started = performance.now();
    const { result: grid, statements } = await countStatements(() => loadClassGrid(teacher.id, classId));
    const loaded = performance.now();
    const html = renderToString(createElement(ClassProgressGrid, { grid: grid! }));
    const done = performance.now();
    return {
      ms: done - started,
      dataMs: loaded - started,
      renderMs: done - loaded,
      statements,
      bytes: html.length,
      cells: grid!.students.length * grid!.assignments.length,
    };
  };
  for (let i = 0; i < 3; i++) await once(); // warm up: JIT, SQLite page cache
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const statements = new Set(runs.map((r) => r.statements));
  console.log(
    `Class dashboard, ${STUDENTS} students × ${ASSIGNMENTS} assignments (${runs[0]!.cells} cells, ${Math.round(runs[0]!.bytes / 1024)} KB of HTML), ${RUNS} runs:`,
  );
  console.log(`  p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  console.log(
    `  of which data ${median(runs.map((r) => r.dataMs)).toFixed(1)} ms and render ${median(runs.map((r) => r.renderMs)).toFixed(1)} ms (medians)`,
  );
  console.log(`  SQL statements per load: ${[...statements].join(", ")}`);
  // ru_maxrss is in kB on Linux: the peak of this process, which loads and renders in-process.
  console.log(`  peak memory (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
  if (percentile(times, 99) > 300) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

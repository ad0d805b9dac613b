/**
 * npm run bench:dashboard: the class dashboard's server time for 40 students and 10 assignments.
 * Seeds a fresh database (the sample module imported 10 times under different slugs, each
 * student with reading progress and a finished attempt with every question answered), then
 * times loading the grid's data and rendering the grid to HTML, the page's own work. Prints
 * p50/p99 in ms and the number of SQL statements per load. Target: at most 300 ms.
 * The database: data/bench-dashboard.db, or with BENCH_DATABASE=postgresql parley_bench_dashboard
 * on PARLEY_BENCH_POSTGRES_URL's server (scripts/bench/database.ts); dropped at the end.
 * Options: BENCH_STUDENTS (40), BENCH_ASSIGNMENTS (10), BENCH_RUNS (30).
 */
import "./bench/server-only-shim";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { benchDatabaseLabel, dropDatabase, migratedDatabase } from "./bench/database";
import { recordFigures } from "./bench/figures";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 40);
const ASSIGNMENTS = Number(process.env.BENCH_ASSIGNMENTS ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
/** "SQLite" or "PostgreSQL": named in every figure printed. */
const DATABASE = benchDatabaseLabel();

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  // Set before lib/env is first imported (below), which reads it once.
  process.env.DATABASE_URL = await migratedDatabase("dashboard");
  // Production React, as `next start` serves it (the development build is several times slower).
  Object.assign(process.env, { NODE_ENV: "production", NEXTAUTH_SECRET: randomBytes(32).toString("hex") });

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

  console.log(`Seeding ${STUDENTS} students × ${ASSIGNMENTS} assignments on ${DATABASE}…`);
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
  for (let i = 0; i < 3; i++) await once(); // warm up: JIT, the database's page cache and connections
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const statements = new Set(runs.map((r) => r.statements));
  console.log(
    `Class dashboard on ${DATABASE}, ${STUDENTS} students × ${ASSIGNMENTS} assignments (${runs[0]!.cells} cells, ${Math.round(runs[0]!.bytes / 1024)} KB of HTML), ${RUNS} runs:`,
  );
  console.log(`  p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  console.log(
    `  of which data ${median(runs.map((r) => r.dataMs)).toFixed(1)} ms and render ${median(runs.map((r) => r.renderMs)).toFixed(1)} ms (medians)`,
  );
  console.log(`  SQL statements per load: ${[...statements].join(", ")}`);
  // ru_maxrss is in kB on Linux: the peak of this process, which loads and renders in-process.
  const memory = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`  peak memory (RSS) of this process: ${memory} MB`);
  const target = percentile(times, 99) <= 300;
  console.log(`  target on ${DATABASE} (p99 <= 300 ms): ${target ? "met" : "NOT met"}`);
  recordFigures([
    {
      benchmark: `class dashboard (${STUDENTS} × ${ASSIGNMENTS}), data + render`,
      database: DATABASE,
      perSecond: null,
      p50Ms: percentile(times, 50),
      p99Ms: percentile(times, 99),
      errors: 0,
      memoryMb: memory,
      note: `${[...statements].join(", ")} SQL statements per load`,
    },
  ]);
  await db.$disconnect();
  await dropDatabase("dashboard");
  if (!target) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

import { appendFileSync, existsSync, readFileSync } from "node:fs";

/**
 * The headline figures of one measurement, for the summary table of docs/benchmarks.md. Each
 * bench prints its full output for people; `npm run bench` (scripts/bench-all.ts) also names a
 * file in BENCH_FIGURES_FILE, where each bench appends these rows as JSON lines.
 */
export type FigureRow = {
  /** What was measured, e.g. "module page" or "answer submission, capacity". */
  benchmark: string;
  /** The database the server or the code read: "SQLite" or "PostgreSQL". */
  database: string;
  /** Requests (or answers, loads) per second, when the bench measures a rate. */
  perSecond: number | null;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  /** Peak resident memory of the server (or of the bench's own process) in MB. */
  memoryMb: number | null;
  note?: string;
};

export function recordFigures(rows: FigureRow[]) {
  const file = process.env.BENCH_FIGURES_FILE;
  if (!file) return;
  appendFileSync(file, rows.map((row) => `${JSON.stringify(row)}\n`).join(""));
}

export function readFigures(file: string): FigureRow[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as FigureRow);
}

/** A Markdown table; `numeric` columns are right-aligned. Pipes in cells are escaped. */
export function markdownTable(headers: string[], rows: string[][], numeric: number[] = []): string {
  const cell = (text: string) => text.replaceAll("|", "\\|");
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const rule = `|${headers.map((_, i) => (numeric.includes(i) ? "---:" : "---")).join("|")}|`;
  return [line(headers), rule, ...rows.map(line)].join("\n");
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const orDash = (value: number | null, format: (v: number) => string = String) =>
  value === null ? "–" : format(value);

/** The summary table: one row per measurement and database, in the order they were recorded. */
export function figuresTable(rows: FigureRow[]): string {
  return markdownTable(
    ["benchmark", "database", "per second", "p50 ms", "p99 ms", "errors", "peak memory MB", "note"],
    rows.map((r) => [
      r.benchmark,
      r.database,
      orDash(r.perSecond),
      ms(r.p50Ms),
      ms(r.p99Ms),
      String(r.errors),
      orDash(r.memoryMb),
      r.note ?? "",
    ]),
    [2, 3, 4, 5, 6],
  );
}

/**
 * The rows of one measurement next to each other (the module page on SQLite, then on
 * PostgreSQL, ...), in the order each measurement first appears; a stable regrouping.
 */
export function groupByBenchmark(rows: FigureRow[]): FigureRow[] {
  const order = [...new Set(rows.map((r) => r.benchmark))];
  return order.flatMap((benchmark) => rows.filter((r) => r.benchmark === benchmark));
}

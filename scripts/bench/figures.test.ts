import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { figuresTable, groupByBenchmark, markdownTable, readFigures, recordFigures, type FigureRow } from "./figures";

const row = (benchmark: string, database: string, extra: Partial<FigureRow> = {}): FigureRow => ({
  benchmark,
  database,
  perSecond: 1000,
  p50Ms: 12.34,
  p99Ms: 150.6,
  errors: 0,
  memoryMb: 400,
  ...extra,
});

describe("markdownTable", () => {
  it("right-aligns the numeric columns and escapes pipes in cells", () => {
    expect(markdownTable(["what", "n"], [["a | b", "3"]], [1])).toBe("| what | n |\n|---|---:|\n| a \\| b | 3 |");
  });
});

describe("figuresTable", () => {
  it("names the database of every row and shows missing figures as a dash", () => {
    const table = figuresTable([
      row("module page", "SQLite"),
      row("class dashboard", "PostgreSQL", { perSecond: null, memoryMb: null, note: "12 SQL statements per load" }),
    ]);
    const lines = table.split("\n");
    expect(lines[0]).toBe("| benchmark | database | per second | p50 ms | p99 ms | errors | peak memory MB | note |");
    expect(lines[2]).toBe("| module page | SQLite | 1000 | 12.3 | 151 | 0 | 400 |  |");
    expect(lines[3]).toBe("| class dashboard | PostgreSQL | – | 12.3 | 151 | 0 | – | 12 SQL statements per load |");
  });
});

describe("groupByBenchmark", () => {
  it("puts each measurement's rows together, in the order measurements first appear", () => {
    const rows = [
      row("module page", "SQLite"),
      row("home page", "SQLite"),
      row("static file", "none (a file)"),
      row("module page", "PostgreSQL"),
      row("home page", "PostgreSQL"),
    ];
    expect(groupByBenchmark(rows).map((r) => `${r.benchmark} / ${r.database}`)).toEqual([
      "module page / SQLite",
      "module page / PostgreSQL",
      "home page / SQLite",
      "home page / PostgreSQL",
      "static file / none (a file)",
    ]);
  });
});

describe("recordFigures and readFigures", () => {
  let dir = "";
  afterEach(() => {
    vi.unstubAllEnvs();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("append rows from several runs to the file named in BENCH_FIGURES_FILE", () => {
    dir = mkdtempSync(path.join(tmpdir(), "parley-figures-test-"));
    const file = path.join(dir, "figures.jsonl");
    vi.stubEnv("BENCH_FIGURES_FILE", file);
    recordFigures([row("module page", "SQLite")]);
    recordFigures([row("module page", "PostgreSQL"), row("home page", "PostgreSQL")]);
    expect(readFigures(file).map((r) => r.database)).toEqual(["SQLite", "PostgreSQL", "PostgreSQL"]);
  });

  it("write nothing without BENCH_FIGURES_FILE, and read no rows from a missing file", () => {
    dir = mkdtempSync(path.join(tmpdir(), "parley-figures-test-"));
    vi.stubEnv("BENCH_FIGURES_FILE", "");
    recordFigures([row("module page", "SQLite")]);
    expect(readFigures(path.join(dir, "figures.jsonl"))).toEqual([]);
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheAdapterStatements, cacheStatements } from "./statement-cache";

function connectionWithTable() {
  const connection = new Database(":memory:");
  connection.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
  return connection;
}

describe("cacheStatements", () => {
  it("compiles a SQL text once however often it runs, each run with its own values", () => {
    const connection = connectionWithTable();
    const compile = vi.spyOn(connection, "prepare");
    cacheStatements(connection);
    for (const name of ["ada", "grace", "alan"]) {
      connection.prepare("INSERT INTO t (name) VALUES (?)").bind([name]).run();
    }
    const select = "SELECT name FROM t WHERE id >= ? ORDER BY id";
    const first = connection.prepare(select).bind([2]);
    expect(first.reader).toBe(true);
    expect(first.columns().map((c) => c.name)).toEqual(["name"]);
    expect(first.raw().all()).toEqual([["grace"], ["alan"]]);
    expect(connection.prepare(select).bind([3]).raw().all()).toEqual([["alan"]]);
    expect(compile).toHaveBeenCalledTimes(2); // one INSERT text, one SELECT text
  });

  it("runs statements without values (BEGIN, COMMIT) and reports changes", () => {
    const connection = connectionWithTable();
    cacheStatements(connection);
    connection.prepare("BEGIN").run();
    expect(connection.prepare("INSERT INTO t (name) VALUES (?)").bind(["x"]).run().changes).toBe(1);
    connection.prepare("ROLLBACK").run();
    expect(connection.prepare("SELECT COUNT(*) FROM t").bind([]).raw().all()).toEqual([[0]]);
  });

  it("keeps at most the limit of texts, dropping the least recently used", () => {
    const connection = connectionWithTable();
    const compile = vi.spyOn(connection, "prepare");
    cacheStatements(connection, 2);
    const text = (n: number) => `SELECT ${n}`;
    connection.prepare(text(1));
    connection.prepare(text(2));
    connection.prepare(text(1)); // 1 is now the most recent
    connection.prepare(text(3)); // evicts 2
    connection.prepare(text(1));
    expect(compile).toHaveBeenCalledTimes(3);
    connection.prepare(text(2));
    expect(compile).toHaveBeenCalledTimes(4);
  });

  it("still reports SQL errors at prepare and constraint errors at run", () => {
    const connection = connectionWithTable();
    cacheStatements(connection);
    expect(() => connection.prepare("SELECT nope FROM t")).toThrow(/no such column/);
    const insert = "INSERT INTO t (id, name) VALUES (?, ?)";
    connection.prepare(insert).bind([1, "a"]).run();
    expect(() => connection.prepare(insert).bind([1, "b"]).run()).toThrow(/UNIQUE constraint failed/);
  });
});

describe("cacheAdapterStatements", () => {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });

  it("caches the statements of the Prisma adapter's own connection, and its queries still work", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "parley-statement-cache-"));
    const factory = cacheAdapterStatements(new PrismaBetterSqlite3({ url: `file:${path.join(dir, "t.db")}` }));
    const adapter = await factory.connect();
    const connection = (adapter as unknown as { client: Database.Database }).client;
    expect(connection.prepare("SELECT 1")).toBe(connection.prepare("SELECT 1"));
    await adapter.executeScript("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
    for (const name of ["ada", "grace"]) {
      await adapter.executeRaw({ sql: "INSERT INTO t (name) VALUES (?)", args: [name], argTypes: [{ scalarType: "string", arity: "scalar" }] });
    }
    const read = (id: number) =>
      adapter.queryRaw({ sql: "SELECT name FROM t WHERE id = ?", args: [id], argTypes: [{ scalarType: "int", arity: "scalar" }] });
    expect((await read(1)).rows).toEqual([["ada"]]);
    expect((await read(2)).rows).toEqual([["grace"]]);
    await adapter.dispose();
  });
});

import type BetterSqlite3 from "better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Compiles each SQL text once per connection instead of once per query.
 *
 * Why: the better-sqlite3 adapter calls `db.prepare(sql)` for every query it runs, and SQLite's
 * compile of a statement cost more than running it: under `npm run bench:quiz`, prepare was the
 * largest single item of the answer route's profile (8% of the server's time). Prisma sends the
 * same SQL text for the same query shape, its values as parameters, so a small cache keyed by the
 * text catches nearly every query.
 *
 * A better-sqlite3 Statement binds parameters only once in its life (`bind()` is permanent), so
 * the cache hands out a thin view that passes the values at each call instead. The view offers
 * what the adapter uses (reader, run, bind → run/columns/raw().all); anything else is not there
 * and fails loudly rather than misbehaving, which lib/db/statement-cache.test.ts would catch
 * after an adapter upgrade. Statements never run concurrently on a connection (better-sqlite3 is
 * synchronous and nothing here iterates), so one compiled statement can serve every request.
 */

type Statement = BetterSqlite3.Statement<unknown[]>;

type StatementView = {
  readonly reader: boolean;
  run(...values: unknown[]): BetterSqlite3.RunResult;
  bind(...values: unknown[]): BoundStatementView;
};

type BoundStatementView = {
  readonly reader: boolean;
  run(): BetterSqlite3.RunResult;
  columns(): BetterSqlite3.ColumnDefinition[];
  raw(toggle?: boolean): { all(): unknown[] };
};

/** Enough for the SQL texts of every query shape the app has (a few hundred), bounded all the same. */
const STATEMENT_CACHE_LIMIT = 500;

function viewOf(statement: Statement): StatementView {
  // A compiled statement's result columns are fixed (Prisma names every column it selects), and
  // building their descriptions showed in the profile too: made once.
  let columns: BetterSqlite3.ColumnDefinition[] | undefined;
  const bound = (values: unknown[]): BoundStatementView => ({
    reader: statement.reader,
    run: () => statement.run(...values),
    columns: () => (columns ??= statement.columns()),
    raw: (toggle = true) => ({ all: () => statement.raw(toggle).all(...values) }),
  });
  return {
    reader: statement.reader,
    run: (...values) => statement.run(...values),
    // The adapter passes its values as one array, as better-sqlite3's bind accepts them.
    bind: (...values) => bound(values.length === 1 && Array.isArray(values[0]) ? values[0] : values),
  };
}

/** Replaces the connection's prepare with a cached one (least recently used texts leave first). */
export function cacheStatements(connection: BetterSqlite3.Database, limit = STATEMENT_CACHE_LIMIT): void {
  const compile = connection.prepare.bind(connection) as (sql: string) => Statement;
  const cache = new Map<string, StatementView>();
  const cachedPrepare = (sql: string): StatementView => {
    let view = cache.get(sql);
    if (view) {
      cache.delete(sql); // re-inserted below: Map order is the recency order
    } else {
      view = viewOf(compile(sql));
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, view);
    return view;
  };
  connection.prepare = cachedPrepare as unknown as BetterSqlite3.Database["prepare"];
}

function isConnection(value: unknown): value is BetterSqlite3.Database {
  return typeof value === "object" && value !== null && typeof (value as { prepare?: unknown }).prepare === "function";
}

/**
 * The better-sqlite3 adapter factory with its connection's statements cached. The adapter keeps
 * its connection in a public `client` field; if a new adapter version moves it, this throws at
 * connect rather than slowing down unnoticed.
 */
export function cacheAdapterStatements(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      const connection = (adapter as { client?: unknown }).client;
      if (!isConnection(connection)) throw new Error("the SQLite adapter no longer exposes its connection as `client`");
      cacheStatements(connection);
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

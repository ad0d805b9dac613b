// SQLite through @prisma/adapter-better-sqlite3. URLs look like `file:./data/parley.db`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { UserFacingError } from "./errors.mjs";

/** @typedef {import("@prisma/driver-adapter-utils").SqlDriverAdapter} SqlDriverAdapter */

/**
 * The native engine's DDL for its migrations table, so that tables we create match its own.
 * (SQLite stores it without the IF NOT EXISTS.)
 */
const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`;

/**
 * The database file a URL names. Relative paths resolve against the working directory, and
 * URL parameters (`?connection_limit=1`) are ignored.
 * @param {string} url
 */
export function sqliteFilePath(url) {
  const location = url.replace(/\?.*$/, "");
  if (location.startsWith("file://")) return fileURLToPath(location);
  return path.resolve(location.slice("file:".length));
}

/**
 * Creates the directory the database file goes in, as the native engine does.
 * @param {string} file
 */
function ensureParentDirectory(file) {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    const reason = /** @type {Error} */ (error).message;
    throw new Error(`Cannot create the directory for the SQLite database \`${file}\`: ${reason}`);
  }
}

/**
 * better-sqlite3 refuses to run more than one statement per executeRaw ("The supplied SQL string
 * contains more than one statement"), and the engine sends whole migration files that way. Run
 * those as a script instead; nothing has run when prepare() refuses, so the retry is safe.
 * @param {SqlDriverAdapter} adapter
 */
function runMultiStatementSqlAsScript(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      const refused = error instanceof RangeError && /more than one statement/.test(error.message);
      if (!refused || query.args.length > 0) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  return adapter;
}

/** @type {import("./providers.mjs").Provider} */
export const sqlite = {
  name: "sqlite",

  adapterFactory({ url }) {
    const file = sqliteFilePath(url);
    ensureParentDirectory(file);
    // No shadowDatabaseUrl: like the native engine, the shadow database is a private in-memory one.
    const factory = new PrismaBetterSqlite3({ url: file });
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => runMultiStatementSqlAsScript(await factory.connect()),
      connectToShadowDb: async () =>
        runMultiStatementSqlAsScript(await factory.connectToShadowDb()),
    };
  },

  async canConnect(url) {
    const file = sqliteFilePath(url);
    if (!fs.existsSync(file)) {
      throw new UserFacingError(
        "P1003",
        `Database \`${path.basename(file)}\` does not exist at \`${file}\`.`,
        { database_name: path.basename(file), database_location: file },
      );
    }
  },

  async createDatabase(url) {
    const file = sqliteFilePath(url);
    ensureParentDirectory(file);
    fs.closeSync(fs.openSync(file, "a"));
    return path.basename(file);
  },

  async dropDatabase(url) {
    await this.canConnect(url);
    fs.rmSync(sqliteFilePath(url));
  },

  async ensureMigrationsTable(main) {
    await main.executeScript(MIGRATIONS_TABLE_DDL);
  },

  // The Wasm engine's SQLite reset deletes every row but keeps the tables, so re-applying the
  // migrations fails. Do what the native engine does: let go of the exclusive lock, empty the
  // file, and let SQLite see an empty database at the next statement on the same connection.
  // Leaving WAL mode first folds the write-ahead log into the file and removes it; otherwise
  // SQLite would read the old pages from the log and find the emptied file malformed.
  async reset(main, url) {
    await main.executeScript(
      "PRAGMA main.locking_mode=NORMAL; PRAGMA main.journal_mode=DELETE; PRAGMA main.quick_check;",
    );
    fs.truncateSync(sqliteFilePath(url), 0);
  },
};

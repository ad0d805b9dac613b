// Picks the database support for a datasource URL. Each provider supplies a driver adapter factory
// for the Wasm engine, the jobs the Wasm engine cannot do (`cli` commands), and its workarounds.
import { UserFacingError } from "./errors.mjs";
import { postgres } from "./postgres.mjs";
import { sqlite } from "./sqlite.mjs";

/** @typedef {import("@prisma/driver-adapter-utils").SqlDriverAdapter} SqlDriverAdapter */
/** @typedef {import("@prisma/driver-adapter-utils").SqlMigrationAwareDriverAdapterFactory} SqlMigrationAwareDriverAdapterFactory */
/** @typedef {{ url: string, shadowDatabaseUrl?: string }} Datasource */

/**
 * @typedef {object} Provider
 * @property {string} name
 * @property {(datasource: Datasource) => SqlMigrationAwareDriverAdapterFactory} adapterFactory
 *   the main connection and the shadow database the Wasm engine works through
 * @property {(url: string) => Promise<void>} canConnect
 *   rejects with a UserFacingError (P1003 when the database does not exist)
 * @property {(url: string) => Promise<string>} createDatabase resolves to the database's name
 * @property {(url: string) => Promise<void>} dropDatabase
 * @property {(main: SqlDriverAdapter) => Promise<void>} ensureMigrationsTable
 *   creates `_prisma_migrations` with the native engine's DDL unless it exists
 * @property {(main: SqlDriverAdapter, url: string) => Promise<void>} [reset]
 *   replaces the Wasm engine's own reset when that one is wrong for this database
 */

/**
 * @param {string | undefined} url
 * @returns {Provider}
 */
export function providerFor(url) {
  if (!url) {
    throw new UserFacingError(
      "P1012",
      "The schema engine needs a datasource URL: set `datasource.url` in prisma.config.ts.",
    );
  }
  if (url.startsWith("file:")) return sqlite;
  if (/^postgres(ql)?:\/\//.test(url)) return postgres;
  const scheme = url.split(":")[0];
  throw new UserFacingError(
    "P1013",
    `The Wasm schema engine stand-in (scripts/prisma-engine) supports SQLite \`file:\` and PostgreSQL \`postgresql://\` URLs only; got a \`${scheme}:\` URL.`,
  );
}

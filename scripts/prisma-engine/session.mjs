// One Wasm engine bound to the datasource the CLI passed, with the adapter fixes every provider needs.
import { readFile } from "node:fs/promises";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { providerFor } from "./providers.mjs";
import { startWasmEngine } from "./wasm.mjs";

/** @typedef {import("./providers.mjs").Datasource} Datasource */
/** @typedef {import("@prisma/driver-adapter-utils").SqlDriverAdapter} SqlDriverAdapter */

/**
 * The native engine reads a missing `_prisma_migrations` table as "no migrations applied yet";
 * the Wasm engine fails with P1014 instead (seen in `migrate status` and `migrate dev` on a fresh
 * database). Answer that one query with no rows. The table itself is created by the engine
 * before it applies a migration, and by us before `markMigrationApplied` (see methods.mjs).
 * @param {SqlDriverAdapter} adapter
 */
function readMissingMigrationsTableAsEmpty(adapter) {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    try {
      return await queryRaw(query);
    } catch (error) {
      const cause = /** @type {any} */ (error)?.cause;
      const missing =
        cause?.kind === "TableDoesNotExist" && /_prisma_migrations/.test(cause.table ?? "");
      if (!missing || !/^\s*SELECT\b/i.test(query.sql)) throw error;
      return { columnNames: [], columnTypes: [], rows: [] };
    }
  };
  return adapter;
}

/**
 * @param {object} options
 * @param {string[]} options.schemaFiles paths of the Prisma schema files
 * @param {Datasource | undefined} options.datasource
 */
export function createSession({ schemaFiles, datasource }) {
  const url = datasource?.url;
  const provider = providerFor(url);
  const inner = provider.adapterFactory(/** @type {Datasource} */ (datasource));

  /**
   * The engine's own connection, opened once when it starts; we run our fixes on it too.
   * @type {SqlDriverAdapter | undefined}
   */
  let main;
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = readMissingMigrationsTableAsEmpty(await inner.connect());
      main ??= adapter;
      return adapter;
    },
    connectToShadowDb: async () =>
      readMissingMigrationsTableAsEmpty(await inner.connectToShadowDb()),
  });

  /** @type {Promise<import("@prisma/schema-engine-wasm").SchemaEngine>} */
  const engine = Promise.all(
    schemaFiles.map(
      async (file) => /** @type {[string, string]} */ ([file, await readFile(file, "utf8")]),
    ),
  ).then((datamodels) =>
    startWasmEngine({
      // The CLI passes no schema for some commands (`migrate diff`); an empty list makes the
      // Wasm engine panic, where "none" is fine.
      datamodels: datamodels.length > 0 ? datamodels : undefined,
      factory,
      // Engine logs go to stderr as JSON lines, as the native engine's do.
      onLog: (line) => process.stderr.write(`${line.trimEnd()}\n`),
    }),
  );
  // A failed start is reported to the calls that await the engine, not as an unhandled rejection.
  engine.catch(() => {});

  return {
    provider,
    url: /** @type {string} */ (url),
    factory,
    engine,
    /** Migration lists whose schema the engine has cached (see methods.mjs). */
    cachedMigrationLists: new Set(),
    /** @returns {SqlDriverAdapter} */
    mainConnection: () => {
      if (!main) throw new Error("The schema engine has not connected to the database.");
      return main;
    },
  };
}

/** @typedef {ReturnType<typeof createSession>} Session */

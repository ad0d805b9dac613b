// The JSON-RPC methods the Prisma CLI calls, mapped onto the Wasm engine. Most pass straight
// through (same names, same parameters); the others say why they differ.
/** Methods the Wasm engine has under the same name and with the same parameters. */
const PASS_THROUGH = [
  "applyMigrations",
  "dbExecute",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "ensureConnectionValidity",
  "introspect",
  "introspectSql",
  "markMigrationRolledBack",
  "schemaPush",
];

/**
 * @typedef {object} CallContext
 * @property {import("./session.mjs").Session} session
 * @property {(content: string) => Promise<void>} print asks the CLI to print to its stdout
 */

/**
 * evaluateDataLoss and createMigration take the schema the migrations produce from a cache; they
 * have no shadow database of their own and fail when it is cold ("SQLite shadow DB must be
 * provided through an external factory"), as on a database the migrations were just applied to.
 * Only diagnoseMigrationHistory gets the shadow database and fills the cache, keyed by the applied
 * migrations: `migrate dev` has applied all of them by then, so that key is the one they look up.
 * @param {CallContext["session"]} session
 * @param {import("@prisma/schema-engine-wasm").EvaluateDataLossInput} params
 */
async function withMigrationsSchemaCached(session, { migrationsList, filters }) {
  const engine = await session.engine;
  const key = JSON.stringify(migrationsList.migrationDirectories);
  if (!session.cachedMigrationLists.has(key)) {
    await engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: true, filters });
    session.cachedMigrationLists.add(key);
  }
  return engine;
}

/** @type {Record<string, (params: any, context: CallContext) => Promise<unknown>>} */
const SPECIAL = {
  evaluateDataLoss: async (params, { session }) =>
    (await withMigrationsSchemaCached(session, params)).evaluateDataLoss(params),
  createMigration: async (params, { session }) =>
    (await withMigrationsSchemaCached(session, params)).createMigration(params),

  // The Wasm engine calls it `version`, and ignores the parameters (it asks its own connection).
  getDatabaseVersion: async (_params, { session }) => (await session.engine).version(),

  // Not in the Wasm engine: the provider creates the database its datasource URL names.
  createDatabase: async (_params, { session }) => ({
    databaseName: await session.provider.createDatabase(session.url),
  }),

  // The native engine does not return the diff: it asks the CLI to print it, and answers with
  // `stdout: null`. Do the same, or `migrate diff` prints nothing.
  async diff(params, { session, print }) {
    const { exitCode, stdout } = await (await session.engine).diff(params);
    if (stdout) await print(stdout);
    return { exitCode, stdout: null };
  },

  async reset(params, { session }) {
    const engine = await session.engine;
    if (session.provider.reset) await session.provider.reset(session.mainConnection(), session.url);
    else await engine.reset(params);
  },

  // The native engine creates `_prisma_migrations` here when it is missing (baselining a database
  // that predates migrations); the Wasm engine inserts into it without creating it first.
  async markMigrationApplied(params, { session }) {
    const engine = await session.engine;
    await session.provider.ensureMigrationsTable(session.mainConnection());
    return engine.markMigrationApplied(params);
  },

  // Panics on purpose (the CLI's FORCE_PANIC_SCHEMA_ENGINE); the Wasm trap is reported as a panic.
  debugPanic: async (_params, { session }) => (await session.engine).debugPanic(),
};

/**
 * Runs one call. Resolves to its JSON-RPC result (never undefined: the CLI needs a `result`).
 * @param {string} method
 * @param {unknown} params
 * @param {CallContext} context
 */
export async function callMethod(method, params, context) {
  let result;
  if (SPECIAL[method]) {
    result = await SPECIAL[method](params, context);
  } else if (PASS_THROUGH.includes(method)) {
    const engine = /** @type {any} */ (await context.session.engine);
    result = await engine[method](params);
  } else {
    throw new Error(
      `The Wasm schema engine stand-in (scripts/prisma-engine) does not support \`${method}\`.`,
    );
  }
  return result ?? {};
}

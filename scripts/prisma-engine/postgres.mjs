// PostgreSQL through @prisma/adapter-pg. URLs look like
// `postgresql://user:password@host:5432/database?schema=public` (`postgres://` too).
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { UserFacingError } from "./errors.mjs";

/** @typedef {import("@prisma/driver-adapter-utils").SqlDriverAdapter} SqlDriverAdapter */

/** The native engine's DDL for its migrations table (`create_migrations_table`, flavour/postgres.rs). */
const MIGRATIONS_TABLE_DDL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * A URL's parts: the connection string for node-postgres (without Prisma's `schema` parameter,
 * which PostgreSQL would refuse as a runtime setting), the schema and the database name.
 * @param {string} url
 */
export function parsePostgresUrl(url) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
  return { connectionString: parsed.toString(), schema, database };
}

/**
 * The same server's maintenance database (`postgres`), to create and drop others from.
 * @param {string} url
 */
function maintenanceUrl(url) {
  const parsed = new URL(parsePostgresUrl(url).connectionString);
  parsed.pathname = "/postgres";
  return parsed.toString();
}

/** @param {string} name */
const quoteIdentifier = (name) => `"${name.replaceAll('"', '""')}"`;

/**
 * Runs `work` on a client connected to `connectionString`, then closes it.
 * @template T
 * @param {string} connectionString
 * @param {(client: pg.Client) => Promise<T>} work
 */
async function withClient(connectionString, work) {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
  } catch (error) {
    throw connectionError(error, connectionString);
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * @param {unknown} error
 * @param {string} connectionString
 */
function connectionError(error, connectionString) {
  const { code, message } = /** @type {any} */ (error);
  const { database } = parsePostgresUrl(connectionString);
  const parsed = new URL(connectionString);
  if (code === "3D000") {
    return new UserFacingError(
      "P1003",
      `Database \`${database}\` does not exist on the database server at \`${parsed.host}\`.`,
      { database_name: database, database_host: parsed.hostname, database_port: parsed.port || "5432" },
    );
  }
  if (code === "28P01" || code === "28000") {
    return new UserFacingError(
      "P1000",
      `Authentication failed against database server at \`${parsed.host}\`: ${message}`,
      { database_user: decodeURIComponent(parsed.username), database_host: parsed.hostname },
    );
  }
  return new UserFacingError(
    "P1001",
    `Can't reach database server at \`${parsed.host}\`: ${message}`,
    { database_host: parsed.hostname, database_port: parsed.port || "5432" },
  );
}

/** @type {import("./providers.mjs").Provider} */
export const postgres = {
  name: "postgres",

  adapterFactory({ url, shadowDatabaseUrl }) {
    patchInternalCharType();
    const { connectionString, schema } = parsePostgresUrl(url);
    const main = new PrismaPg({ connectionString }, schema ? { schema } : undefined);
    return {
      provider: main.provider,
      adapterName: main.adapterName,
      connect: () => main.connect(),
      // PrismaPg's own connectToShadowDb spreads `database` into a config that also has a
      // `connectionString`, which wins, so the shadow work would run against the main database;
      // and it drops the shadow database while its pool is still connected. Do it here instead:
      // a given shadowDatabaseUrl as is, else a throwaway database dropped after its pool closed.
      async connectToShadowDb() {
        if (shadowDatabaseUrl) {
          const shadow = parsePostgresUrl(shadowDatabaseUrl);
          const factory = new PrismaPg(
            { connectionString: shadow.connectionString },
            shadow.schema ? { schema: shadow.schema } : undefined,
          );
          return factory.connect();
        }
        const name = `prisma_migrate_shadow_db_${randomUUID()}`;
        const admin = maintenanceUrl(url);
        await withClient(admin, (client) => client.query(`CREATE DATABASE ${quoteIdentifier(name)}`));
        const shadowUrl = new URL(connectionString);
        shadowUrl.pathname = `/${encodeURIComponent(name)}`;
        const pool = new pg.Pool({ connectionString: shadowUrl.toString() });
        const adapter = await new PrismaPg(pool).connect();
        const dispose = adapter.dispose.bind(adapter);
        adapter.dispose = async () => {
          await dispose();
          await pool.end().catch(() => {});
          await withClient(admin, (client) =>
            client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
          );
        };
        return adapter;
      },
    };
  },

  async canConnect(url) {
    await withClient(parsePostgresUrl(url).connectionString, async () => {});
  },

  async createDatabase(url) {
    const { database } = parsePostgresUrl(url);
    await withClient(maintenanceUrl(url), (client) =>
      client.query(`CREATE DATABASE ${quoteIdentifier(database)}`),
    );
    return database;
  },

  async dropDatabase(url) {
    await this.canConnect(url);
    const { database } = parsePostgresUrl(url);
    await withClient(maintenanceUrl(url), (client) =>
      client.query(`DROP DATABASE ${quoteIdentifier(database)} WITH (FORCE)`),
    );
  },

  async ensureMigrationsTable(main) {
    await main.executeScript(MIGRATIONS_TABLE_DDL);
  },
};

let charTypePatched = false;

/**
 * The engine's catalogue queries return PostgreSQL's internal one-byte `"char"` type (OID 18:
 * pg_class.relkind, pg_constraint.contype...), which @prisma/adapter-pg refuses ("Unsupported
 * column type"). Its text form is just that character, so report such columns as text. This
 * patches node-postgres's Result, in this short-lived engine process only.
 */
function patchInternalCharType() {
  if (charTypePatched) return;
  charTypePatched = true;
  const Result = /** @type {any} */ (pg).Result;
  const addFields = Result.prototype.addFields;
  Result.prototype.addFields = function (/** @type {any[]} */ fields) {
    for (const field of fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    return addFields.call(this, fields);
  };
}

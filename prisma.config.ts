import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Like Next, read a .env beside the project when there is one (the environment wins).
if (existsSync(".env")) process.loadEnvFile(".env");

// Prisma's CLI downloads a native schema engine on first use, which this offline machine cannot
// reach. Unless the environment names another engine, use the project's stand-in built on
// Prisma's Wasm engine (see scripts/prisma-engine/README.md).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(
  import.meta.dirname,
  "scripts/prisma-engine/schema-engine.mjs",
);

const url = process.env.DATABASE_URL || "file:./data/parley.db"; // the default in lib/env.ts

// The database follows the URL's scheme: PostgreSQL gets the schema derived from
// prisma/schema.prisma (prisma/derive-postgres-schema.ts) and its own migrations; SQLite the source
// schema and prisma/migrations.
const postgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations" },
  datasource: { url, shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL },
});

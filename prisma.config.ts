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

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL || "file:./data/parley.db", // the default in lib/env.ts
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});

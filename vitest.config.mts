import path from "node:path";
import { defineConfig } from "vitest/config";

// PARLEY_TEST_DATABASE=postgresql (npm run test:postgres) runs the db project on PostgreSQL; the
// migrations tests are per database, each running only on its own.
const onPostgres = process.env.PARLEY_TEST_DATABASE === "postgresql";
const otherDatabaseTests = onPostgres ? ["tests/db/migrations.test.ts"] : ["tests/db/postgres-migrations.test.ts"];
// Fuzzing the server actions' input handling is the same work whatever the database (validation
// happens before any query): the SQLite pass runs it, the PostgreSQL pass does not repeat it.
const sqlitePassOnly = onPostgres ? ["tests/db/fuzz-actions.test.ts"] : [];

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; in tests it is only a marker.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.ts",
            "scripts/**/*.test.ts",
            "prisma/**/*.test.ts",
          ],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts"],
          exclude: [...otherDatabaseTests, ...sqlitePassOnly],
          environment: "node",
          globalSetup: ["tests/support/db-global-setup.ts"],
          setupFiles: ["tests/support/db-per-file.ts"],
          // Each file gets its own fresh database; running them one at a time keeps the
          // Prisma CLI runs from competing for the two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

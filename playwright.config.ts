import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE_URL, E2E_PORT as PORT } from "./tests/e2e/support/e2e-database-url";

// The browser tests run against a production build served on its own port, with its own
// database that the set-up script recreates on every run: SQLite's data/e2e.db, or with
// PARLEY_TEST_DATABASE=postgresql (npm run test:postgres) a PostgreSQL database. Each run builds:
// the public pages are prerendered from the database at build time, with its row ids in links,
// so a build made on one database's rows cannot be served on another's.
const BASE_URL = `http://localhost:${PORT}`;

// Specs the PostgreSQL pass does not repeat: route fuzzing and security headers test input
// handling and responses that do not depend on the database, and the SQLite fault specs start
// their own SQLite servers (a lock, a read-only file). The access matrix, inert content and every
// feature spec run on both.
const SQLITE_PASS_ONLY = [
  "fuzz-routes.spec.ts",
  "security-headers.spec.ts",
  "faults-kill.spec.ts",
  "faults-unavailable.spec.ts",
  "faults-read-only.spec.ts",
];
// And the other way round: PostgreSQL's own faults (a server that cannot be reached or stalls,
// a SIGKILL with a database of the test's own on it) and several app servers on one database
// need a PostgreSQL server, which the SQLite pass does not have.
const POSTGRES_PASS_ONLY = [
  "faults-postgres-unavailable.spec.ts",
  "faults-kill-postgres.spec.ts",
  "several-servers.spec.ts",
];
const onPostgres = process.env.PARLEY_TEST_DATABASE === "postgresql";

export default defineConfig({
  testDir: "tests/e2e",
  testIgnore: (onPostgres ? SQLITE_PASS_ONLY : POSTGRES_PASS_ONLY).map((file) => `**/${file}`),
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      // Playwright cannot download its browsers offline: use Debian's Chromium unless told otherwise.
      executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `npm run setup -- --fresh && next build && next start -p ${PORT}`,
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
    stdout: "pipe",
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      NEXTAUTH_URL: BASE_URL,
      NEXTAUTH_SECRET: "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz",
      // The whole suite signs in from one address; the per-account limit is still tested.
      SIGN_IN_LIMIT_PER_ADDRESS: "1000",
    },
  },
});

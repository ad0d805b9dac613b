// `npm run test:postgres` (the last step of `npm test`): the database and browser tests again, on
// PostgreSQL, when PARLEY_TEST_POSTGRES_URL names a server (see tests/support/test-database.ts).
import { spawnSync } from "node:child_process";

if (!process.env.PARLEY_TEST_POSTGRES_URL) {
  console.log(
    "test:postgres skipped: set PARLEY_TEST_POSTGRES_URL (e.g. postgresql://parley:parley@127.0.0.1:5432/postgres, " +
      "a role that may create databases) to run the database and browser tests on PostgreSQL too.",
  );
  process.exit(0);
}

const env = { ...process.env, PARLEY_TEST_DATABASE: "postgresql" };
for (const script of ["test:db", "test:e2e"]) {
  console.log(`\n[test:postgres] npm run ${script} on PostgreSQL`);
  const run = spawnSync("npm", ["run", script], { stdio: "inherit", env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

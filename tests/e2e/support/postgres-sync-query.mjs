// Runs SQL statements on PostgreSQL for tests/e2e/support/e2e-database.ts, which must answer
// synchronously (like better-sqlite3) and so runs this as a child process. Reads
// {"url", "statements": [{"sql", "params"}]} on stdin and writes each statement's rows as JSON,
// with values in the forms better-sqlite3 gives for the same columns: counts as numbers,
// booleans as 0/1, JSON as its text, timestamps as ISO text.
import pg from "pg";

const { types } = pg;
const asText = (value) => value;
types.setTypeParser(types.builtins.INT8, (value) => Number(value));
types.setTypeParser(types.builtins.NUMERIC, (value) => Number(value));
types.setTypeParser(types.builtins.BOOL, (value) => (value === "t" ? 1 : 0));
types.setTypeParser(types.builtins.JSON, asText);
types.setTypeParser(types.builtins.JSONB, asText);
types.setTypeParser(types.builtins.TIMESTAMP, (value) => `${value.replace(" ", "T")}Z`);

let input = "";
for await (const chunk of process.stdin) input += chunk;
const { url, statements } = JSON.parse(input);
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const results = [];
  for (const { sql, params } of statements) {
    const result = await client.query(sql, params);
    results.push({ rows: result.rows, changes: result.rowCount ?? 0 });
  }
  process.stdout.write(JSON.stringify(results));
} finally {
  await client.end();
}

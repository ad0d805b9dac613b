/**
 * Derives prisma/postgresql/schema.prisma from prisma/schema.prisma, the one source of the data
 * model: the same models with provider = "postgresql" and a client generated into its own folder.
 *
 *   npm run db:derive            write the derived schema
 *   npm run db:derive -- --check exit 1 when the committed one is stale (tests/db/postgres-schema.test.ts)
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
export const SOURCE_SCHEMA = path.join(root, "prisma/schema.prisma");
export const POSTGRES_SCHEMA = path.join(root, "prisma/postgresql/schema.prisma");

const HEADER = `// GENERATED from prisma/schema.prisma by prisma/derive-postgres-schema.ts: do not edit.
// Change prisma/schema.prisma, then run \`npm run db:derive\` and make a migration for each database.
`;

/** The PostgreSQL twin of the SQLite schema's text. Throws when the source no longer has the expected blocks. */
export function derivePostgresSchema(source: string): string {
  let derived = source;
  const replace = (pattern: RegExp, replacement: string, what: string) => {
    if (!pattern.test(derived)) throw new Error(`prisma/schema.prisma: cannot find ${what}`);
    derived = derived.replace(pattern, replacement);
  };
  replace(/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'the datasource\'s provider = "sqlite"');
  // The derived file sits one folder deeper; its client gets its own folder.
  replace(
    /(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/,
    '$1"../../lib/generated/prisma-postgres"',
    'the generator\'s output = "../lib/generated/prisma"',
  );
  return HEADER + derived;
}

function main() {
  const derived = derivePostgresSchema(readFileSync(SOURCE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    const committed = readFileSync(POSTGRES_SCHEMA, "utf8");
    if (committed !== derived) {
      console.error("prisma/postgresql/schema.prisma is stale: run `npm run db:derive`.");
      process.exit(1);
    }
    return;
  }
  writeFileSync(POSTGRES_SCHEMA, derived);
  console.log(`wrote ${path.relative(process.cwd(), POSTGRES_SCHEMA)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) main();

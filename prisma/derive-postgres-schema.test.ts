import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SOURCE_SCHEMA, derivePostgresSchema } from "./derive-postgres-schema";

describe("the PostgreSQL schema derived from prisma/schema.prisma", () => {
  it("is up to date (else run `npm run db:derive` and add a PostgreSQL migration)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derivePostgresSchema(readFileSync(SOURCE_SCHEMA, "utf8")));
  });

  it("differs from the source only in its provider and its client's folder", () => {
    const derived = derivePostgresSchema('generator client {\n  output = "../lib/generated/prisma"\n}\ndatasource db {\n  provider = "sqlite"\n}\nmodel A {\n  id Int @id\n}\n');
    expect(derived).toContain('output = "../../lib/generated/prisma-postgres"');
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain("model A {\n  id Int @id\n}");
  });

  it("refuses a source it does not recognise, rather than write a wrong schema", () => {
    expect(() => derivePostgresSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/provider/);
  });
});

import "server-only";
import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/** The PostgreSQL column types a raw statement's parameter may need to be read as. */
type PostgresParameterType = "jsonb" | "double precision" | "integer" | "boolean" | "timestamp(3)";

/**
 * A parameter of a raw SQL statement where PostgreSQL cannot infer its type from the context,
 * such as the SELECT list of an INSERT ... SELECT (it reads an untyped parameter there as text,
 * and then refuses text for a jsonb, double precision, boolean or timestamp column).
 *
 * PostgreSQL gets an explicit CAST. SQLite gets the bare parameter: its CAST follows type
 * affinity, and a CAST to a JSON or date type (numeric affinity) would turn the text Prisma
 * stores for those columns into a number. This is the one place where raw SQL differs per database.
 */
export function typedParameter(value: unknown, postgresType: PostgresParameterType): Prisma.Sql {
  if (onPostgres) {
    return Prisma.sql`CAST(${value} AS ${Prisma.raw(postgresType)})`;
  }
  return Prisma.sql`${value}`;
}

/**
 * A row lock for a SELECT, on PostgreSQL only (SQLite has no such clause and needs none: it runs
 * one write at a time). PostgreSQL runs statements side by side and each reads the rows committed
 * when it started, so two statements that must see each other's writes lock the row they share.
 */
export function rowLock(mode: "FOR SHARE" | "FOR UPDATE"): Prisma.Sql {
  return onPostgres ? Prisma.raw(mode) : Prisma.empty;
}

export const onPostgres = env.databaseProvider === "postgresql";

/** A cuid-shaped id, as Prisma's @default(cuid()) makes, for a row written in SQL: time first, 80 random bits. */
export function newRecordId(): string {
  const random = BigInt(`0x${randomBytes(10).toString("hex")}`)
    .toString(36)
    .padStart(16, "0");
  return `c${Date.now().toString(36)}${random}`;
}

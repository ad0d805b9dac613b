import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { databaseFaultOf, databaseFaultResponse } from "@/lib/db/errors";
import { Prisma } from "@/lib/generated/prisma/client";

// The errors below are shaped as the drivers and Prisma raise them (seen against a real SQLite file
// and a PostgreSQL server behind a proxy that drops its connections: tests/e2e/faults-*.spec.ts).

/** A failed query as Prisma reports it when the driver adapter gave the cause. */
function prismaError(cause: Record<string, unknown>, code = "P2010") {
  return new Prisma.PrismaClientKnownRequestError("Raw query failed.", {
    code,
    clientVersion: "7",
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });
}

/** A Node socket error, as `net` raises it. */
function socketError(code: string) {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code, errno: -111, syscall: "connect" });
}

describe("databaseFaultOf on PostgreSQL", () => {
  it.each([
    ["a refused connection (server down)", prismaError({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 })],
    ["a connection reset under a query", prismaError({ kind: "ConnectionClosed" })],
    ["an administrator's shutdown (57P01)", prismaError({ kind: "postgres", originalCode: "57P01", code: "57P01" })],
    ["a server crash (57P02)", prismaError({ kind: "postgres", originalCode: "57P02", code: "57P02" })],
    ["a server still starting (57P03)", prismaError({ kind: "postgres", originalCode: "57P03", code: "57P03" })],
    ["a connection exception (08006)", prismaError({ kind: "postgres", originalCode: "08006", code: "08006" })],
    ["Prisma's P1001 (cannot reach)", prismaError({}, "P1001")],
    ["Prisma's P1017 (server closed the connection)", prismaError({}, "P1017")],
    ["node-postgres's lost connection", new Error("Connection terminated unexpectedly")],
    ["node-postgres's connect timeout", new Error("Connection terminated due to connection timeout")],
    ["a client broken by an earlier error", new Error("Client has encountered a connection error and is not queryable")],
    ["node-postgres's query timeout (a stalled connection)", new Error("Query read timeout")],
    ["a raw ECONNREFUSED", socketError("ECONNREFUSED")],
    ["a raw ECONNRESET", socketError("ECONNRESET")],
    ["the adapter's own error for a lost connection", new DriverAdapterError({ kind: "ConnectionClosed" })],
  ])("says unreachable for %s", (_, error) => {
    expect(databaseFaultOf(error)).toBe("unreachable");
  });

  it("says busy for a socket timeout", () => {
    expect(databaseFaultOf(prismaError({ kind: "SocketTimeout" }))).toBe("busy");
  });

  it("leaves errors of Parley's own making alone", () => {
    expect(databaseFaultOf(prismaError({ kind: "UniqueConstraintViolation" }, "P2002"))).toBeNull();
    expect(databaseFaultOf(prismaError({ kind: "postgres", originalCode: "42P01", code: "42P01" }))).toBeNull();
    expect(databaseFaultOf(prismaError({ kind: "postgres", originalCode: "22P02", code: "22P02" }))).toBeNull();
    expect(databaseFaultOf(new Error("Cannot read properties of undefined"))).toBeNull();
    // A message that only mentions a connection is not one.
    expect(databaseFaultOf(new Error("Invalid input: Connection terminated unexpectedly"))).toBeNull();
    expect(databaseFaultOf(Object.assign(new Error("Connection terminated"), { code: "P2025" }))).toBeNull();
    expect(databaseFaultOf(new Error("Invalid input: Query read timeout"))).toBeNull();
  });
});

describe("databaseFaultOf on SQLite", () => {
  const sqlite = (originalCode: string) => prismaError({ kind: "sqlite", originalCode });

  it.each([
    ["SQLITE_BUSY", "busy"],
    ["SQLITE_BUSY_SNAPSHOT", "busy"],
    ["SQLITE_FULL", "full"],
    ["SQLITE_IOERR_NOSPC", "full"],
    ["SQLITE_READONLY", "read-only"],
    ["SQLITE_READONLY_DBMOVED", "read-only"],
    // The disk went read-only (or the files immutable) after the file was opened for writing.
    ["SQLITE_IOERR_WRITE", "read-only"],
    ["SQLITE_IOERR_FSYNC", "read-only"],
    ["SQLITE_IOERR_TRUNCATE", "read-only"],
    ["SQLITE_IOERR_READ", "unreachable"],
    ["SQLITE_CANTOPEN", "unreachable"],
  ])("maps %s to %s", (code, fault) => {
    expect(databaseFaultOf(sqlite(code))).toBe(fault);
  });

  it("leaves a constraint failure alone", () => {
    expect(databaseFaultOf(sqlite("SQLITE_CONSTRAINT_UNIQUE"))).toBeNull();
  });
});

describe("databaseFaultResponse", () => {
  // It logs the fault with its details for the operator; that log is not under test here.
  beforeEach(() => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    return () => vi.restoreAllMocks();
  });

  it("answers a lost PostgreSQL connection with a plain 503 that names no driver", async () => {
    const response = databaseFaultResponse(new Error("Connection terminated unexpectedly"));
    expect(response?.status).toBe(503);
    expect(response?.headers.get("Retry-After")).toBe("30");
    const body = (await response!.json()) as { error: string };
    expect(body.error).toMatch(/temporarily unavailable: it cannot reach its database/);
    expect(JSON.stringify(body)).not.toMatch(/terminated|pg|postgres|ECONN/i);
  });

  it("answers a statement with no reply (a stalled network) with the same 503, never a 500", async () => {
    const response = databaseFaultResponse(new Error("Query read timeout"));
    expect(response?.status).toBe(503);
    expect(response?.headers.get("Retry-After")).toBe("30");
    const body = (await response!.json()) as { error: string };
    expect(body.error).toMatch(/temporarily unavailable: it cannot reach its database/);
    expect(JSON.stringify(body)).not.toMatch(/timeout|pg|postgres/i);
  });

  it("answers a read-only disk with a 503 that says nothing was saved", async () => {
    const response = databaseFaultResponse(prismaError({ kind: "sqlite", originalCode: "SQLITE_IOERR_WRITE" }));
    expect(response?.status).toBe(503);
    const body = (await response!.json()) as { error: string };
    expect(body.error).toMatch(/read-only.*Nothing was saved/);
    expect(JSON.stringify(body)).not.toMatch(/SQLITE|I\/O/);
  });

  it("gives nothing for an error that is not the database's", () => {
    expect(databaseFaultResponse(new Error("bug"))).toBeNull();
  });
});

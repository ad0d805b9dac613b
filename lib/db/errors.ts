import { Prisma } from "@/lib/generated/prisma/client";

/** Prisma's P2002: a row with the same unique value exists already. */
export function isUniqueConstraintError(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Why the database could not do its work, when the cause lies outside Parley's code and passes:
 * - busy: another process holds SQLite's write lock past the busy timeout (a backup, a
 *   maintenance job with a transaction open), or PostgreSQL timed out;
 * - full: the disk (or SQLite's max_page_count) has no room for the write;
 * - read-only: the database file or its disk refuses writes (read-only, or failing when written);
 * - unreachable: the database cannot be opened or reached at all, or its connection was lost.
 */
export type DatabaseFault = "busy" | "full" | "read-only" | "unreachable";

/** What people are told: the cause in plain words, never the driver's message. */
export const DATABASE_FAULT_MESSAGES: Record<DatabaseFault, string> = {
  busy: "Parley is temporarily unavailable: its database is busy. Nothing was saved; try again in a minute.",
  full: "Parley cannot save anything right now: its storage is full. Nothing was saved; try again later.",
  "read-only": "Parley cannot save anything right now: its storage is read-only or refuses writes. Nothing was saved; try again later.",
  unreachable: "Parley is temporarily unavailable: it cannot reach its database. Try again in a minute.",
};

/** 507 Insufficient Storage tells a client that retrying at once will not help; the rest may pass soon. */
export const DATABASE_FAULT_STATUS: Record<DatabaseFault, number> = {
  busy: 503,
  full: 507,
  "read-only": 503,
  unreachable: 503,
};

// Prisma's codes for a database it cannot reach or that timed out (PostgreSQL mostly).
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1003", "P1017"]);
// The driver adapters' error kinds (Prisma's DriverAdapterError) for the same causes.
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "ConnectionClosed", "TooManyConnections", "DatabaseAccessDenied"]);

// PostgreSQL's SQLSTATEs for a server going away: class 08 (connection exception) and 57P01..57P03
// (shut down by an administrator, crashed, starting up).
const UNREACHABLE_SQLSTATE = /^(08|57P0[123])/;
// A disk that went read-only (or whose files became immutable) under a running server: SQLite
// opened the file for writing, so it reports the failed write (EROFS, EPERM) as an I/O error
// rather than SQLITE_READONLY, which it gives only for a file it could not open for writing.
const SQLITE_WRITE_ERRORS = new Set(["SQLITE_IOERR_WRITE", "SQLITE_IOERR_FSYNC", "SQLITE_IOERR_DIR_FSYNC", "SQLITE_IOERR_TRUNCATE"]);
// node-postgres's own errors for a connection that ended under a query (the server stopped, the
// network dropped it): plain Errors without a code, which the adapter passes on as they are.
const PG_CONNECTION_LOST = /^(Connection terminated\b|Client has encountered a connection error|Client was closed and is not queryable)/;
// node-postgres's query_timeout (lib/db/create-client.ts): no reply to a statement within 15 s on
// an open connection, as when the network drops every packet. Unreachable rather than busy: the
// database said nothing at all, and a write whose reply was lost may yet have committed, so the
// busy message's "Nothing was saved" could be untrue.
const PG_QUERY_TIMEOUT = /^Query read timeout$/;
// Node's socket errors, should a driver let one through unconverted.
const SOCKET_ERROR_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH"]);

type DriverCause = { originalCode?: unknown; kind?: unknown };

function driverCauseOf(error: unknown): DriverCause | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const adapterError = (error.meta as { driverAdapterError?: { cause?: DriverCause } } | undefined)?.driverAdapterError;
    return adapterError?.cause ?? null;
  }
  // Raw queries can surface the adapter's error itself.
  if (error instanceof Error && error.name === "DriverAdapterError") return (error.cause as DriverCause | undefined) ?? null;
  return null;
}

/** The fault behind a failed query, or null for anything else (a bug, a constraint: not the database's state). */
export function databaseFaultOf(error: unknown): DatabaseFault | null {
  if (error instanceof Prisma.PrismaClientInitializationError) return "unreachable";
  const cause = driverCauseOf(error);
  const code = typeof cause?.originalCode === "string" ? cause.originalCode : "";
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED") || cause?.kind === "SocketTimeout") return "busy";
  if (code === "SQLITE_FULL" || code === "SQLITE_IOERR_NOSPC") return "full";
  if (code.startsWith("SQLITE_READONLY") || SQLITE_WRITE_ERRORS.has(code)) return "read-only";
  if (code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_IOERR")) return "unreachable";
  if (typeof cause?.kind === "string" && UNREACHABLE_KINDS.has(cause.kind)) return "unreachable";
  if (cause?.kind === "postgres" && UNREACHABLE_SQLSTATE.test(code)) return "unreachable";
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P1008") return "busy";
    if (UNREACHABLE_CODES.has(error.code)) return "unreachable";
  }
  if (isLostConnection(error)) return "unreachable";
  return null;
}

/** A connection error (or a connection with no reply) that reached Parley as the driver or Node raised it, not as Prisma's. */
function isLostConnection(error: unknown): boolean {
  if (!(error instanceof Error) || error instanceof Prisma.PrismaClientKnownRequestError) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && SOCKET_ERROR_CODES.has(code)) return true;
  return code === undefined && (PG_CONNECTION_LOST.test(error.message) || PG_QUERY_TIMEOUT.test(error.message));
}

/** A JSON error for a route handler when the database is at fault ({error} and 503 or 507), else null. */
export function databaseFaultResponse(error: unknown): Response | null {
  const fault = databaseFaultOf(error);
  if (!fault) return null;
  console.error(`database fault (${fault})`, error);
  return Response.json(
    { error: DATABASE_FAULT_MESSAGES[fault] },
    { status: DATABASE_FAULT_STATUS[fault], headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
  );
}

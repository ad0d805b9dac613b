import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { databaseFaultOf } from "@/lib/db/errors";

export const dynamic = "force-dynamic";

// A key no rate limit ever uses: the probe below deletes nothing.
const PROBE_KEY = "health-probe";

/**
 * For load balancers and the test runner: is the app up, can it read its database, and can it
 * write to it? The write probe is a DELETE that matches no row: it still has to take the
 * database's write lock, so a SQLite file locked by another process (in WAL mode reads go on,
 * writes wait and fail) reports 503 here instead of "ok" while every answer fails.
 */
export async function GET() {
  try {
    await db.$queryRaw`SELECT COUNT(*) FROM "User" WHERE "id" = ''`;
    await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" = ${PROBE_KEY}`;
    return NextResponse.json({ status: "ok", database: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    const fault = databaseFaultOf(error) ?? "unreachable";
    console.error(`health check: database ${fault}`, error);
    return NextResponse.json(
      { status: "error", database: fault },
      { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "30" } },
    );
  }
}

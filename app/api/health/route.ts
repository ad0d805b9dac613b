import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { databaseFaultOf } from "@/lib/db/errors";

export const dynamic = "force-dynamic";

// A key no rate limit ever uses: the probe below keeps one row of its own up to date.
const PROBE_KEY = "health-probe";

/**
 * For load balancers and the test runner: is the app up, can it read its database, and can it
 * write to it? The write probe really changes a row (its own): a SQLite file locked by another
 * process (in WAL mode reads go on, writes wait and fail) reports 503 here instead of "ok" while
 * every answer fails, and so does a disk that went read-only, which a write that changes nothing
 * would not notice (SQLite commits it without touching the file).
 */
export async function GET() {
  try {
    const now = new Date();
    await db.rateLimit.upsert({
      where: { key: PROBE_KEY },
      create: { key: PROBE_KEY, count: 0, windowStart: now },
      update: { windowStart: now },
    });
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

import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** For load balancers and the test runner: is the app up and can it reach its database? */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return NextResponse.json({ status: "ok", database: "ok" });
  } catch (error) {
    console.error("health check: database unreachable", error);
    return NextResponse.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}

import type { NextRequest } from "next/server";
import { getRequestUserId } from "@/lib/auth/request-user";
import { databaseFaultResponse } from "@/lib/db/errors";
import { exportAccountData } from "@/lib/privacy/export";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "private, no-store" };

/** The signed-in user's own data as a JSON file to download (/account links here). */
export async function GET(request: NextRequest) {
  try {
    // The export reads the account row itself: a token whose account is gone finds nothing.
    const userId = await getRequestUserId(request);
    const data = userId ? await exportAccountData(userId) : null;
    if (!data) return Response.json({ error: "Sign in to download your data." }, { status: 401, headers: noStore });
    const day = data.exportedAt.toISOString().slice(0, 10);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        ...noStore,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="parley-data-${day}.json"`,
      },
    });
  } catch (error) {
    const fault = databaseFaultResponse(error);
    if (fault) return fault;
    console.error("account export failed", error);
    return Response.json({ error: "Your data could not be gathered. Try again in a moment." }, { status: 500, headers: noStore });
  }
}

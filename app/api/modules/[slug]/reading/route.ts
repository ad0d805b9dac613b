import { NextResponse } from "next/server";
import { getSessionUser } from "@/lib/auth/session";
import { readSmallJson } from "@/lib/http/json-body";
import { databaseFaultResponse } from "@/lib/db/errors";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { getReadingState, recordReading, UnknownLocationError } from "@/lib/progress/reading";
import { moduleSlugSchema, recordReadingSchema } from "@/lib/progress/schemas";

type Context = { params: Promise<{ slug: string }> };

const noStore = { "Cache-Control": "private, no-store" };
const error = (status: number, message: string) => NextResponse.json({ error: message }, { status, headers: noStore });

/** The signed-in reader's progress in a module; anonymous readers get `signedIn: false`. */
export async function GET(_request: Request, { params }: Context) {
  const slug = moduleSlugSchema.safeParse((await params).slug);
  if (!slug.success) return error(404, "No such module.");
  const user = await getSessionUser();
  if (!user) return NextResponse.json({ signedIn: false }, { headers: noStore });
  const state = await getReadingState(user.id, slug.data);
  if (!state) return error(404, "No such module.");
  return NextResponse.json({ signedIn: true, ...state }, { headers: noStore });
}

export async function POST(request: Request, { params }: Context) {
  if (!isSameOriginRequest(request)) return error(403, "Cross-site requests are not accepted.");
  const slug = moduleSlugSchema.safeParse((await params).slug);
  if (!slug.success) return error(404, "No such module.");
  const user = await getSessionUser();
  if (!user) return error(401, "Sign in to save your reading progress.");
  const body = recordReadingSchema.safeParse(await readSmallJson(request));
  if (!body.success) return error(400, "Send {\"location\": \"section:<id>\" or \"article:<id>\"}.");
  try {
    const state = await recordReading(user.id, slug.data, body.data.location);
    if (!state) return error(404, "No such module.");
    return NextResponse.json({ signedIn: true, ...state }, { headers: noStore });
  } catch (e) {
    if (e instanceof UnknownLocationError) return error(400, "That article is not part of this module.");
    const fault = databaseFaultResponse(e);
    if (fault) return fault;
    throw e;
  }
}

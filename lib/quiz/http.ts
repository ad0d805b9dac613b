import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { getRequestUser, getRequestUserId } from "@/lib/auth/request-user";
import { readSmallJson } from "@/lib/http/json-body";
import { databaseFaultResponse } from "@/lib/db/errors";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { QuizError, type QuizErrorKind } from "./errors";

// The shared frame of the quiz route handlers, so that no handler can forget a check: cross-site
// writes are refused, the session is checked, bodies are size-limited and validated, expected
// errors become plain messages and anything else a generic one (details go to the server log).

const noStore = { "Cache-Control": "private, no-store" };

// A plain Response: NextResponse's cookie helpers are not needed here, and showed in profiles.
export function jsonResponse(data: unknown, status = 200) {
  return Response.json(data, { status, headers: noStore });
}

export function jsonError(status: number, message: string) {
  return jsonResponse({ error: message }, status);
}

const STATUS_OF: Record<QuizErrorKind, number> = { "not-found": 404, finished: 409, invalid: 400 };

async function answerErrors(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof QuizError) return jsonError(STATUS_OF[error.kind], error.message);
    // A locked, full or unreachable database: say so (503/507), so the client knows to retry.
    const fault = databaseFaultResponse(error);
    if (fault) return fault;
    console.error("quiz request failed", error);
    return jsonError(500, "Parley could not handle this request. Try again in a moment.");
  }
}

/** A write anyone may make (anonymous practice): same-origin only. */
export function publicQuizWrite(request: Request, work: () => Promise<Response>) {
  if (!isSameOriginRequest(request))
    return Promise.resolve(jsonError(403, "Cross-site requests are not accepted."));
  return answerErrors(work);
}

type Signed = {
  /** What a visitor who is not signed in is told. */
  signedOut: string;
  /**
   * Skip looking the account up: only for work whose every query is scoped by the user id, so
   * that a deleted account finds nothing (answering: its attempt lookup).
   */
  tokenOnly?: boolean;
};

async function signedInUserId(request: NextRequest, tokenOnly = false): Promise<string | null> {
  return tokenOnly ? getRequestUserId(request) : ((await getRequestUser(request))?.id ?? null);
}

/** A write on the signed-in user's own quiz data: same-origin, then signed in. */
export async function signedInQuizWrite(
  request: NextRequest,
  signed: Signed,
  work: (userId: string) => Promise<Response>,
): Promise<Response> {
  if (!isSameOriginRequest(request)) return jsonError(403, "Cross-site requests are not accepted.");
  return answerErrors(async () => {
    const userId = await signedInUserId(request, signed.tokenOnly);
    return userId ? work(userId) : jsonError(401, signed.signedOut);
  });
}

/** A read of the signed-in user's own quiz data. */
export function signedInQuizRead(
  request: NextRequest,
  work: (userId: string) => Promise<Response>,
): Promise<Response> {
  return answerErrors(async () => {
    const userId = await signedInUserId(request);
    return userId ? work(userId) : jsonError(401, "Sign in to see your quiz attempts.");
  });
}

type BodyResult<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * The request's JSON body checked against `schema`. A body declared larger than `maxBytes` is
 * refused unread (413); one that is not JSON, too large once read, or of the wrong shape gets
 * `hint`, which says what to send.
 */
export async function readBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes: number,
  hint: string,
): Promise<BodyResult<z.infer<S>>> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes)
    return {
      ok: false,
      response: jsonError(413, `The request is too large (at most ${maxBytes} bytes).`),
    };
  const parsed = schema.safeParse(await readSmallJson(request, maxBytes));
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, response: jsonError(400, hint) };
}

import "server-only";
import { decode, getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

// Sessions for API route handlers, read from the request's cookie. `getSessionUser()` runs
// next-auth's whole session handler on every call (a CSRF token, the callbacks, a re-encrypted
// cookie), and decrypting the token derives its key again each time: together most of the
// session cost of the quiz answer route under load (npm run bench:quiz).

// A session token is authenticated ciphertext: the same string always decrypts to the same
// claims, so they are remembered by the token itself (only its holder can present it) until
// the token expires. Bounded, and simply emptied when full.
const decoded = new Map<string, { userId: string; expiresAt: number }>();
const DECODED_LIMIT = 10_000;

/**
 * The user id the request's session token names: its signature and expiry are checked, the
 * account is not looked up. Use it only where every query that follows is scoped by this id,
 * so that a deleted account finds nothing; anything that needs the account uses getRequestUser.
 */
export async function getRequestUserId(request: NextRequest): Promise<string | null> {
  const raw = await getToken({ req: request, secret: env.authSecret, raw: true });
  if (!raw) return null;
  const known = decoded.get(raw);
  if (known) return known.expiresAt > Date.now() ? known.userId : null;
  const token = await decode({ token: raw, secret: env.authSecret }).catch(() => null);
  if (!token?.sub || typeof token.exp !== "number") return null;
  if (decoded.size >= DECODED_LIMIT) decoded.clear();
  decoded.set(raw, { userId: token.sub, expiresAt: token.exp * 1000 });
  return token.sub;
}

/** The signed-in user as the database knows them now, like getSessionUser(). */
export async function getRequestUser(request: NextRequest): Promise<SessionUser | null> {
  const id = await getRequestUserId(request);
  if (!id) return null;
  return db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true },
  });
}

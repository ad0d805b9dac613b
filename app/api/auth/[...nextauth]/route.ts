import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { isAcceptedCallbackParam } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's routes, with requests it would answer with a 500 refused as bad input first: a
 * callbackUrl (query or form) that is neither a path nor an http(s) address, and a GET of the credentials
 * callback (signing in is a POST).
 */
async function auth(request: NextRequest, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  if (request.method === "GET" && action === "callback" && provider === "credentials") {
    return Response.json({ error: "Sign in with a POST from the sign-in form." }, { status: 405, headers: { Allow: "POST" } });
  }
  // The sign-in form posts its callbackUrl in the body; read a copy, next-auth reads the body too.
  const posted = request.method === "POST" ? await request.clone().formData().catch(() => null) : null;
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl") ?? posted?.get("callbackUrl");
  if (typeof callbackUrl === "string" && callbackUrl !== "" && !isAcceptedCallbackParam(callbackUrl)) {
    return Response.json({ error: "callbackUrl must be a path or an http(s) address." }, { status: 400 });
  }
  return handler(request, context);
}

export { auth as GET, auth as POST };

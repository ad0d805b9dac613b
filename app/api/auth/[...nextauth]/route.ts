import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { isAcceptedCallbackParam } from "@/lib/auth/callback-url";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** next-auth's routes, with a bad callbackUrl refused as bad input rather than a server error. */
function auth(request: NextRequest, context: Context) {
  const callbackUrl = request.nextUrl.searchParams.get("callbackUrl");
  if (callbackUrl !== null && callbackUrl !== "" && !isAcceptedCallbackParam(callbackUrl)) {
    return Response.json({ error: "callbackUrl must be a path or an http(s) address." }, { status: 400 });
  }
  return handler(request, context);
}

export { auth as GET, auth as POST };

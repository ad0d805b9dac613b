import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { verifyPasswordOrDummy } from "@/lib/auth/password";
import { clientAddressFrom } from "@/lib/auth/request-ip";
import { SIGN_IN_ERROR, signInLookup, signInSchema } from "@/lib/auth/schemas";
import { limitSignIn } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { Role } from "@/lib/generated/prisma/enums";

type RawHeaders = Record<string, string | string[] | undefined> | undefined;

function headerReader(headers: RawHeaders) {
  return {
    get(name: string) {
      const value = headers?.[name];
      return (Array.isArray(value) ? value[0] : value) ?? null;
    },
  };
}

/**
 * next-auth sends whatever authorize() throws to the browser as text: log the real error and
 * send a code the form turns into a plain sentence.
 */
function signInFailed(error: unknown): never {
  console.error("sign-in failed", error);
  throw new Error(SIGN_IN_ERROR.unavailable);
}

export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email or username and password",
      credentials: {
        identifier: { label: "Email or username", type: "text" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        // Scripts written before usernames existed (scripts/bench) still send `email`.
        const raw = credentials as Record<string, string | undefined> | undefined;
        const parsed = signInSchema.safeParse({ identifier: raw?.identifier ?? raw?.email, password: raw?.password });
        if (!parsed.success) return null;
        const { identifier, password } = parsed.data;

        const limit = await limitSignIn(identifier, clientAddressFrom(headerReader(req?.headers))).catch(signInFailed);
        if (!limit.allowed) throw new Error(`${SIGN_IN_ERROR.rateLimited}:${limit.retryAfterSeconds}`);

        // An unknown username and a wrong password get the same answer and cost the same time.
        const user = await db.user
          .findUnique({ where: signInLookup(identifier), omit: { passwordHash: false } })
          .catch(signInFailed);
        const valid = await verifyPasswordOrDummy(password, user?.passwordHash ?? null);
        if (!user || !valid) return null;
        return { id: user.id, name: user.name, email: user.email, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub ?? "",
        name: token.name ?? "",
        email: token.email ?? null,
        role: token.role ?? Role.STUDENT,
      };
      return session;
    },
  },
};

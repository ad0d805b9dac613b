"use server";

import { headers } from "next/headers";
import { hashPassword } from "@/lib/auth/password";
import { clientAddressFrom } from "@/lib/auth/request-ip";
import { fieldErrorsOf, signUpSchema, type FieldErrors, type SignUpInput } from "@/lib/auth/schemas";
import { limitSignUp } from "@/lib/auth/sign-in-limits";
import { db } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";

export type SignUpResult =
  | { ok: true }
  | { ok: false; fieldErrors: FieldErrors<SignUpInput>; formError?: string };

export async function signUp(input: unknown): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };

  const limit = await limitSignUp(clientAddressFrom(await headers()));
  if (!limit.allowed) {
    return {
      ok: false,
      fieldErrors: {},
      formError: `Too many sign-ups from this address. Try again in ${limit.retryAfterSeconds} seconds.`,
    };
  }

  const { name, email, password, role } = parsed.data;
  try {
    await db.user.create({ data: { name, email, role, passwordHash: await hashPassword(password) } });
  } catch (error) {
    if (isUniqueConstraintError(error)) {
      return { ok: false, fieldErrors: { email: "An account with this email already exists. Sign in instead." } };
    }
    throw error;
  }
  return { ok: true };
}

"use client";

import { getSession, signIn } from "next-auth/react";
import Link from "next/link";
import { useState } from "react";
import { FormError, FormField, primaryButtonClass } from "@/components/form-field";
import {
  fieldErrorsOf,
  SIGN_IN_ERROR,
  signInSchema,
  type FieldErrors,
  type SignInInput,
} from "@/lib/auth/schemas";

const WRONG_CREDENTIALS = "That email or username and password do not match an account.";

function messageFor(error: string): string {
  if (error.startsWith(`${SIGN_IN_ERROR.rateLimited}:`)) {
    const seconds = error.split(":")[1];
    return `Too many sign-in attempts. Wait ${seconds} seconds and try again.`;
  }
  if (error === "CredentialsSignin") return WRONG_CREDENTIALS;
  return "Sign-in failed. Try again in a moment.";
}

/** Without a page to return to, each role lands on its own home. */
async function homeForSignedInUser(): Promise<string> {
  const session = await getSession();
  return session?.user.role === "TEACHER" ? "/teach" : "/dashboard";
}

type Props = {
  /** Where to go after signing in; without one, the user's home for their role. */
  callbackUrl?: string;
  notice?: string;
};

export function SignInForm({ callbackUrl, notice }: Props) {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<SignInInput>>({});
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse(Object.fromEntries(form));
    setFormError(undefined);
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setFieldErrors({});
    setPending(true);
    const result = await signIn("credentials", { ...parsed.data, redirect: false });
    if (result?.ok && !result.error) {
      // A full navigation, so that every part of the page sees the new session.
      window.location.assign(callbackUrl ?? (await homeForSignedInUser()));
      return;
    }
    setPending(false);
    setFormError(messageFor(result?.error ?? ""));
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      {notice ? <p className="rounded bg-green-50 px-3 py-2 text-green-900 dark:bg-green-950 dark:text-green-100">{notice}</p> : null}
      <FormError message={formError} />
      <FormField
        id="identifier"
        label="Email or username"
        type="text"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={fieldErrors.identifier}
      />
      <FormField id="password" label="Password" type="password" autoComplete="current-password" required error={fieldErrors.password} />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="text-sm">
        New to Parley?{" "}
        <Link href="/signup" className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
          Create an account
        </Link>
      </p>
    </form>
  );
}

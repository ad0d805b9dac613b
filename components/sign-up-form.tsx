"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useState } from "react";
import { FormError, FormField, primaryButtonClass } from "@/components/form-field";
import { signUp } from "@/lib/auth/sign-up";
import {
  fieldErrorsOf,
  PASSWORD_MIN_LENGTH,
  signUpSchema,
  type FieldErrors,
  type SignUpInput,
} from "@/lib/auth/schemas";

export function SignUpForm() {
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<SignUpInput>>({});
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = Object.fromEntries(new FormData(event.currentTarget));
    setFormError(undefined);
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) {
      setFieldErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const result = await signUp(parsed.data);
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setFormError(result.formError);
        setPending(false);
        return;
      }
      const signedIn = await signIn("credentials", {
        email: parsed.data.email,
        password: parsed.data.password,
        redirect: false,
      });
      // A new teacher starts by making a class; a new student by joining one (or reading).
      const home = parsed.data.role === "TEACHER" ? "/teach" : "/dashboard";
      window.location.assign(signedIn?.ok && !signedIn.error ? home : "/signin?created=1");
    } catch {
      setPending(false);
      setFormError("Your account could not be created. Try again in a moment.");
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <FormField id="name" label="Name" autoComplete="name" required error={fieldErrors.name} />
      <FormField id="email" label="Email" type="email" autoComplete="email" required error={fieldErrors.email} />
      <FormField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={fieldErrors.password}
      />
      <fieldset className="space-y-2" aria-describedby={fieldErrors.role ? "role-error" : undefined}>
        <legend className="font-medium">I am a</legend>
        <div className="flex gap-6">
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="STUDENT" defaultChecked /> Student
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="role" value="TEACHER" /> Teacher
          </label>
        </div>
        {fieldErrors.role ? (
          <p id="role-error" className="text-sm font-medium text-red-700 dark:text-red-400">
            {fieldErrors.role}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="text-sm">
        Already have an account?{" "}
        <Link href="/signin" className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
          Sign in
        </Link>
      </p>
    </form>
  );
}

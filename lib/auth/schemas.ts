import { z } from "zod";
import { USERNAME_MAX_LENGTH, USERNAME_PATTERN } from "@/lib/classes/username";

// Shared by the forms (field errors in the browser) and the server (the real check).
// No server imports here.

export const PASSWORD_MIN_LENGTH = 8;
/** bcrypt reads only the first 72 bytes: a longer password would be cut without a word. */
export const PASSWORD_MAX_BYTES = 72;

/** Error codes next-auth passes from the server's authorize() to the sign-in form as text. */
export const SIGN_IN_ERROR = { rateLimited: "RateLimited", unavailable: "SignInUnavailable" } as const;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Email is too long.")
  .pipe(z.email("Enter a valid email address, like name@school.org."));

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Name must be 80 characters or fewer."),
  email,
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters.`)
    .refine(
      (p) => new TextEncoder().encode(p).length <= PASSWORD_MAX_BYTES,
      `Password must be at most ${PASSWORD_MAX_BYTES} characters (fewer with accented letters or emoji).`,
    ),
  role: z.enum(["STUDENT", "TEACHER"], "Choose student or teacher."),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/**
 * Students whose teacher made their account sign in with a username (no email); everyone else
 * with their email. Lower-cased either way, so the per-account rate limit has one key per account.
 */
const signInIdentifier = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email or username.")
  .max(254, "That is too long for an email or username.")
  .refine(
    (value) =>
      value.includes("@")
        ? z.email().safeParse(value).success
        : value.length <= USERNAME_MAX_LENGTH && USERNAME_PATTERN.test(value),
    "Enter your email (like name@school.org) or the username on your login card.",
  );

/** Which column an identifier is looked up in. */
export function signInLookup(identifier: string): { email: string } | { username: string } {
  return identifier.includes("@") ? { email: identifier } : { username: identifier };
}

export const signInSchema = z.object({
  identifier: signInIdentifier,
  password: z.string().min(1, "Enter your password.").max(200, "Password is too long."),
});
export type SignInInput = z.infer<typeof signInSchema>;

export type FieldErrors<T> = Partial<Record<keyof T, string>>;

/** The first message per field, in the shape the forms display. */
export function fieldErrorsOf<T>(error: z.ZodError<T>): FieldErrors<T> {
  const errors: FieldErrors<T> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as keyof T | undefined;
    if (field !== undefined && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}

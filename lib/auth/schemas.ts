import { z } from "zod";

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

export const signInSchema = z.object({
  email,
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

import "server-only";
import type { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { fieldErrorsOf } from "@/lib/auth/schemas";
import type { FormState } from "@/lib/classes/action-state";
import { ClassError } from "@/lib/classes/errors";

const SIGNED_OUT = "Your session has ended. Sign in again and retry.";
const FAILED = "That did not work. Try again in a moment.";

/**
 * The frame of every class server action: a signed-in user, one zod schema for the form data,
 * expected refusals (ClassError) as plain words on the form, anything else logged and answered
 * with a generic message. The role and ownership checks live in the lib function it calls.
 */
export async function runClassAction<Schema extends z.ZodType>(
  schema: Schema,
  formData: FormData,
  work: (user: SessionUser, input: z.infer<Schema>) => Promise<FormState>,
): Promise<FormState> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (!key.startsWith("$") && typeof value === "string") values[key] = value;
  const user = await getSessionUser();
  if (!user) return { status: "error", formError: SIGNED_OUT };
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) as FormState["fieldErrors"] };
  }
  try {
    return await work(user, parsed.data);
  } catch (error) {
    if (error instanceof ClassError) {
      return error.field
        ? { status: "error", values, fieldErrors: { [error.field]: error.message } }
        : { status: "error", values, formError: error.message };
    }
    console.error("class action failed", error);
    return { status: "error", values, formError: FAILED };
  }
}

"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { fieldErrorsOf } from "@/lib/auth/schemas";
import { DATABASE_FAULT_MESSAGES, databaseFaultOf } from "@/lib/db/errors";
import { deleteAccount, passwordMatches } from "@/lib/privacy/delete-account";
import { deleteAccountSchema, type DeleteAccountState } from "@/lib/privacy/schemas";

// next-auth's session cookie, by the name it uses over http and over https.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Deletes the signed-in user's account after they typed their password and the confirmation. */
export async function deleteAccountAction(_: DeleteAccountState, formData: FormData): Promise<DeleteAccountState> {
  const user = await getSessionUser();
  if (!user) return { status: "error", formError: "Your session has ended. Sign in again and retry." };
  const parsed = deleteAccountSchema.safeParse({
    password: formData.get("password") ?? "",
    confirmation: formData.get("confirmation") ?? "",
  });
  if (!parsed.success) return { status: "error", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    if (!(await passwordMatches(user.id, parsed.data.password))) {
      return { status: "error", fieldErrors: { password: "That is not your password." } };
    }
    await deleteAccount(user.id);
  } catch (error) {
    const fault = databaseFaultOf(error);
    console.error("account deletion failed", error);
    return {
      status: "error",
      formError: fault ? DATABASE_FAULT_MESSAGES[fault] : "Your account could not be deleted. Nothing was removed; try again in a moment.",
    };
  }
  // The session token would still name the deleted id (every lookup finds nothing): drop it.
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
  redirect("/account/deleted");
}

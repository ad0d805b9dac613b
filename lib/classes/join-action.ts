"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/classes/action-state";
import { joinClassWithCode } from "@/lib/classes/join";
import { runClassAction } from "@/lib/classes/run-action";
import { joinClassSchema } from "@/lib/classes/schemas";

export async function joinClassAction(_: FormState, formData: FormData): Promise<FormState> {
  let joined: string | null = null;
  const state = await runClassAction(joinClassSchema, formData, async (user, input) => {
    const result = await joinClassWithCode(user, input);
    if (result.alreadyMember) return { status: "success", message: `You are already in ${result.className}.` };
    joined = result.className;
    return { status: "success" };
  });
  // Outside runClassAction: redirect() works by throwing, which must not be caught as an error.
  if (joined !== null) redirect(`/dashboard?joined=${encodeURIComponent(joined)}`);
  return state;
}

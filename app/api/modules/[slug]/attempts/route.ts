import type { NextRequest } from "next/server";
import { moduleSlugSchema } from "@/lib/progress/schemas";
import { startOrResumeAttempt } from "@/lib/quiz/attempts";
import { jsonError, jsonResponse, readBody, signedInQuizWrite } from "@/lib/quiz/http";
import { getAttemptView } from "@/lib/quiz/queries";
import { startAttemptSchema } from "@/lib/quiz/schemas";

type Context = { params: Promise<{ slug: string }> };

/** Starts the signed-in user's attempt at a module's quiz, or resumes the open one. */
export async function POST(request: NextRequest, { params }: Context) {
  return signedInQuizWrite(
    request,
    { signedOut: "Sign in to keep your quiz progress." },
    async (userId) => {
      const slug = moduleSlugSchema.safeParse((await params).slug);
      if (!slug.success) return jsonError(404, "There is no such module.");
      const body = await readBody(request, startAttemptSchema, 1_024, "Send an empty JSON object.");
      if (!body.ok) return body.response;
      const started = await startOrResumeAttempt(userId, slug.data);
      if (!started) return jsonError(404, "There is no such module.");
      const view = await getAttemptView(userId, started.attemptId);
      if (!view) return jsonError(404, "There is no such module.");
      return jsonResponse({ ...view, created: started.created }, started.created ? 201 : 200);
    },
  );
}

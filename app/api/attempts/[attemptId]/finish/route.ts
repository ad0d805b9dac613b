import type { NextRequest } from "next/server";
import { finishAttempt } from "@/lib/quiz/attempts";
import { NO_SUCH_ATTEMPT } from "@/lib/quiz/errors";
import { jsonError, jsonResponse, signedInQuizWrite } from "@/lib/quiz/http";
import { recordIdSchema } from "@/lib/quiz/schemas";

type Context = { params: Promise<{ attemptId: string }> };

/** Finishes the signed-in user's attempt and returns its score; finishing again changes nothing. */
export async function POST(request: NextRequest, { params }: Context) {
  return signedInQuizWrite(
    request,
    { signedOut: "Sign in to finish your quiz." },
    async (userId) => {
      const attemptId = recordIdSchema.safeParse((await params).attemptId);
      if (!attemptId.success) return jsonError(404, NO_SUCH_ATTEMPT);
      return jsonResponse(await finishAttempt(userId, attemptId.data));
    },
  );
}

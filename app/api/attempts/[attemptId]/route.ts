import type { NextRequest } from "next/server";
import { jsonError, jsonResponse, signedInQuizRead } from "@/lib/quiz/http";
import { NO_SUCH_ATTEMPT } from "@/lib/quiz/errors";
import { getAttemptView } from "@/lib/quiz/queries";
import { recordIdSchema } from "@/lib/quiz/schemas";

type Context = { params: Promise<{ attemptId: string }> };

/** One of the signed-in user's attempts: public questions, and feedback for those answered. */
export async function GET(request: NextRequest, { params }: Context) {
  return signedInQuizRead(request, async (userId) => {
    const attemptId = recordIdSchema.safeParse((await params).attemptId);
    const view = attemptId.success ? await getAttemptView(userId, attemptId.data) : null;
    return view ? jsonResponse(view) : jsonError(404, NO_SUCH_ATTEMPT);
  });
}

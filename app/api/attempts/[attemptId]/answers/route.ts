import type { NextRequest } from "next/server";
import { recordAnswer } from "@/lib/quiz/attempts";
import { NO_SUCH_ATTEMPT } from "@/lib/quiz/errors";
import { jsonError, jsonResponse, readBody, signedInQuizWrite } from "@/lib/quiz/http";
import { MAX_ANSWER_BYTES, recordIdSchema, submitAnswerSchema } from "@/lib/quiz/schemas";

type Context = { params: Promise<{ attemptId: string }> };

const HINT =
  'Send {"questionId": "<id>", "response": {...}} with the response in the form the question takes.';

/**
 * Records the answer to one question of the signed-in user's open attempt and returns the
 * result with its feedback. Sending the same question again returns the first answer's result.
 */
export async function POST(request: NextRequest, { params }: Context) {
  return signedInQuizWrite(
    request,
    { signedOut: "Sign in to save your answers.", tokenOnly: true },
    async (userId) => {
      const attemptId = recordIdSchema.safeParse((await params).attemptId);
      if (!attemptId.success) return jsonError(404, NO_SUCH_ATTEMPT);
      const body = await readBody(request, submitAnswerSchema, MAX_ANSWER_BYTES, HINT);
      if (!body.ok) return body.response;
      return jsonResponse(await recordAnswer(userId, attemptId.data, body.data));
    },
  );
}

import type { NextRequest } from "next/server";
import { jsonResponse, readBody, signedInQuizWrite } from "@/lib/quiz/http";
import { answerReview } from "@/lib/quiz/review-items";
import { MAX_ANSWER_BYTES, reviewAnswerSchema } from "@/lib/quiz/schemas";

const HINT = 'Send {"questionId": "<id>", "response": {...}} for a question in your review queue.';

/** Answers a question of the signed-in user's review queue and moves it between Leitner boxes. */
export async function POST(request: NextRequest) {
  return signedInQuizWrite(
    request,
    { signedOut: "Sign in to review your mistakes." },
    async (userId) => {
      const body = await readBody(request, reviewAnswerSchema, MAX_ANSWER_BYTES, HINT);
      if (!body.ok) return body.response;
      return jsonResponse(await answerReview(userId, body.data));
    },
  );
}

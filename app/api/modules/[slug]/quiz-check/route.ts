import type { NextRequest } from "next/server";
import { getRequestUserId } from "@/lib/auth/request-user";
import { moduleSlugSchema } from "@/lib/progress/schemas";
import { jsonError, jsonResponse, publicQuizWrite, readBody } from "@/lib/quiz/http";
import { checkPracticeAnswer } from "@/lib/quiz/practice";
import { practiceCheckRefusal } from "@/lib/quiz/practice-limit";
import { MAX_ANSWER_BYTES, practiceAnswerSchema } from "@/lib/quiz/schemas";

type Context = { params: Promise<{ slug: string }> };

const HINT = 'Send {"questionId": "<id>", "response": {...}, "seed": <the page\'s seed>}.';

/**
 * Grades one answer for a visitor who is not signed in, and stores nothing. A signed-in student
 * is refused: this route shows the right answer, which would let them look it up before
 * answering in their saved attempt. Each address may check 120 answers a minute (429 beyond).
 */
export async function POST(request: NextRequest, { params }: Context) {
  return publicQuizWrite(request, async () => {
    if (await getRequestUserId(request)) {
      return jsonError(403, "You are signed in: answer in your saved attempt on the quiz page.");
    }
    const refused = await practiceCheckRefusal(request);
    if (refused) return refused;
    const slug = moduleSlugSchema.safeParse((await params).slug);
    if (!slug.success) return jsonError(404, "There is no such module.");
    const body = await readBody(request, practiceAnswerSchema, MAX_ANSWER_BYTES, HINT);
    if (!body.ok) return body.response;
    return jsonResponse(await checkPracticeAnswer(slug.data, body.data));
  });
}

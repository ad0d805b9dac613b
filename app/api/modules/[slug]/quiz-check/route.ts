import { moduleSlugSchema } from "@/lib/progress/schemas";
import { jsonError, jsonResponse, publicQuizWrite, readBody } from "@/lib/quiz/http";
import { checkPracticeAnswer } from "@/lib/quiz/practice";
import { MAX_ANSWER_BYTES, practiceAnswerSchema } from "@/lib/quiz/schemas";

type Context = { params: Promise<{ slug: string }> };

const HINT = 'Send {"questionId": "<id>", "response": {...}, "seed": <the page\'s seed>}.';

/** Grades one answer for anyone, signed in or not, and stores nothing. */
export async function POST(request: Request, { params }: Context) {
  return publicQuizWrite(request, async () => {
    const slug = moduleSlugSchema.safeParse((await params).slug);
    if (!slug.success) return jsonError(404, "There is no such module.");
    const body = await readBody(request, practiceAnswerSchema, MAX_ANSWER_BYTES, HINT);
    if (!body.ok) return body.response;
    return jsonResponse(await checkPracticeAnswer(slug.data, body.data));
  });
}

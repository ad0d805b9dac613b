import "server-only";
import { NO_SUCH_QUESTION, QuizError } from "./errors";
import { gradeResponse } from "./grade";
import { moduleBasePath } from "@/lib/modules/paths";
import { findQuizModule } from "./queries";
import { parseResponse } from "./responses";
import type { PracticeAnswerInput } from "./schemas";
import { shuffleForAttempt } from "./shuffle";
import { loadQuizQuestion } from "./stored-questions";
import { answerFeedbackView, type GradedAnswer } from "./views";

/**
 * Grades one question for a visitor who is not signed in and stores nothing. It reveals only
 * the answer to the question submitted, as answering it in an attempt would.
 */
export async function checkPracticeAnswer(
  slug: string,
  input: PracticeAnswerInput,
): Promise<GradedAnswer> {
  // Anonymous practice: public modules only, whoever asks.
  const mod = await findQuizModule(slug, null);
  if (!mod) throw new QuizError("not-found", "There is no such module.");
  const question = await loadQuizQuestion(mod.currentVersionId, input.questionId);
  if (!question) throw new QuizError("not-found", NO_SUCH_QUESTION);
  const shown = input.seed === undefined ? question : shuffleForAttempt([question], input.seed)[0]!;
  const parsed = parseResponse(shown, input.response);
  if (!parsed.ok) throw new QuizError("invalid", parsed.error);
  return {
    result: gradeResponse(shown, parsed.response),
    response: parsed.response,
    feedback: answerFeedbackView(shown, parsed.response, moduleBasePath(mod)),
  };
}

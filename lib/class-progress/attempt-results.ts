import "server-only";
import { db } from "@/lib/db/client";
import { fromStoredQuestion, type QuizQuestion } from "@/lib/quiz/question";
import { answerText } from "./answer-text";
import type { AttemptSummary } from "./module-progress";

// Per-question results of chosen attempts (a student's best), for the drill-down and the
// per-question export: two queries for any number of attempts.

export type QuestionResult = {
  questionId: string;
  prompt: string;
  /** The student's answer in words, or null when they did not answer it. */
  answer: string | null;
  correct: boolean;
  points: number;
};

/** The finished attempt with the highest score (the earliest of equals), or null. */
export function bestAttempt<T extends Pick<AttemptSummary, "finishedAt" | "score">>(attempts: readonly T[]): T | null {
  let best: T | null = null;
  for (const a of attempts) {
    if (a.finishedAt === null || a.score === null) continue;
    if (!best || a.score > (best.score ?? -1)) best = a;
  }
  return best;
}

/** A question rebuilt for display; null for a broken row, which is then left out. */
function rebuild(row: Parameters<typeof fromStoredQuestion>[0]): QuizQuestion | null {
  try {
    return fromStoredQuestion(row);
  } catch {
    return null;
  }
}

export async function loadAttemptResults(
  attempts: readonly Pick<AttemptSummary, "id" | "versionId">[],
): Promise<Map<string, QuestionResult[]>> {
  if (attempts.length === 0) return new Map();
  const [questions, answers] = await Promise.all([
    db.question.findMany({
      where: { versionId: { in: [...new Set(attempts.map((a) => a.versionId))] } },
      orderBy: { position: "asc" },
      select: { id: true, versionId: true, type: true, topic: true, body: true, answer: true, prompt: true, removed: true },
    }),
    db.quizAnswer.findMany({
      where: { attemptId: { in: attempts.map((a) => a.id) } },
      select: { attemptId: true, questionId: true, response: true, correct: true, points: true },
    }),
  ]);
  const rebuilt = new Map(questions.map((q) => [q.id, rebuild(q)]));
  const answerOf = new Map(answers.map((a) => [`${a.attemptId}:${a.questionId}`, a]));
  return new Map(
    attempts.map((attempt) => [
      attempt.id,
      questions.flatMap((q): QuestionResult[] => {
        const answer = answerOf.get(`${attempt.id}:${q.id}`);
        const question = rebuilt.get(q.id);
        // The attempt's quiz: its version's questions, less those removed since unless answered.
        if (q.versionId !== attempt.versionId || (q.removed && !answer) || !question) return [];
        return [
          {
            questionId: q.id,
            prompt: q.prompt,
            answer: answer ? answerText(question, answer.response) : null,
            correct: answer?.correct ?? false,
            points: answer?.points ?? 0,
          },
        ];
      }),
    ]),
  );
}

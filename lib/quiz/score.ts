import type { QuestionTopic } from "@/lib/generator/schema";
import { TOPIC_LABELS } from "./labels";

// An attempt's score is the mean of its questions' points, 0..1, with every question of the quiz
// in the denominator: skipping a question cannot raise the score. Stored as `QuizAttempt.score`.

export type AnswerPoints = { questionId: string; points: number };

/** Mean points over the quiz's questions; unanswered ones count 0, answers to other questions are ignored. */
export function attemptScore(
  questionIds: readonly string[],
  answers: readonly AnswerPoints[],
): number {
  const earned = new Map<string, number>();
  // One answer per question (the database enforces it); should a duplicate slip in, the first counts.
  for (const a of answers) if (!earned.has(a.questionId)) earned.set(a.questionId, a.points);
  return meanPoints(questionIds.map((id) => earned.get(id) ?? 0));
}

/** The mean of points clamped to 0..1 (not-a-number counts 0); 0 for an empty list. */
export function meanPoints(points: readonly number[]): number {
  if (points.length === 0) return 0;
  const sum = points.reduce(
    (total, p) => total + (Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0),
    0,
  );
  return sum / points.length;
}

/**
 * Whole percent, rounded down: 99.6% shows as 99%, so "100%" always means every point, and a
 * score shown as 70% always meets the 70% "familiar" bar. The tiny allowance absorbs float sums
 * (0.1 + 0.2 + ...) that land a hair below an exact percentage.
 */
export function scorePercent(score: number): number {
  if (!Number.isFinite(score)) return 0;
  return Math.min(100, Math.max(0, Math.floor(score * 100 + 1e-9)));
}

export function formatScore(score: number): string {
  return `${scorePercent(score)}%`;
}

/** One topic's share of the points in an attempt: the mean over its questions, unanswered as 0. */
export type TopicResult = { topic: QuestionTopic; score: number; questions: number };

/** Results per topic that has questions, in the fixed topic order. */
export function topicResults(
  questions: readonly { id: string; topic: QuestionTopic }[],
  points: ReadonlyMap<string, number>,
): TopicResult[] {
  return (Object.keys(TOPIC_LABELS) as QuestionTopic[]).flatMap((topic): TopicResult[] => {
    const inTopic = questions.filter((q) => q.topic === topic);
    if (inTopic.length === 0) return [];
    return [
      {
        topic,
        questions: inTopic.length,
        score: meanPoints(inTopic.map((q) => points.get(q.id) ?? 0)),
      },
    ];
  });
}

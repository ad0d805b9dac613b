import { QuestionTopicSchema, type QuestionTopic } from "@/lib/generator/schema";
import { meanPoints } from "./score";

// Mastery levels for a module and for each of its topics, from a student's attempts. The rules
// (and why) are in docs/mastery.md. In short: scores come from finished attempts only; the level
// is the best the student has shown and never drops; "mastered" is 100% twice, a day apart.

export const MASTERY_LEVELS = [
  "not_started",
  "attempted",
  "familiar",
  "proficient",
  "mastered",
] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

export const FAMILIAR_SCORE = 0.7;
export const PROFICIENT_SCORE = 1;
export const MASTERY_GAP_MS = 24 * 60 * 60 * 1000;
/** Means of points rounded to 3 decimals can land a hair off 0.7; this absorbs float error only. */
const EPSILON = 1e-9;

/** One question of an attempt's quiz: its topic and points, or null when it was not answered. */
export type QuestionResult = { topic: QuestionTopic; points: number | null };
/** An attempt with every question of its quiz; `finishedAt` is null while it is in progress. */
export type MasteryAttempt = { finishedAt: Date | null; results: readonly QuestionResult[] };

export type MasteryStatus = {
  level: MasteryLevel;
  /** Best and most recent score over finished attempts (0..1), null before the first one. */
  bestScore: number | null;
  latestScore: number | null;
  /** Finished attempts that gave this module or topic a score. */
  scoredAttempts: number;
  /** When proficient: the moment from which another 100% makes it mastered. */
  masteryAvailableAt: Date | null;
};
export type TopicMastery = MasteryStatus & { topic: QuestionTopic };
export type ModuleMastery = { module: MasteryStatus; topics: TopicMastery[] };

type Scored = { score: number; finishedAt: Date };

/**
 * `topics` are the topics the module's quiz has questions in; a topic without questions has
 * nothing to master and is left out. Topics come back in the schema's fixed order.
 */
export function computeMastery(
  attempts: readonly MasteryAttempt[],
  topics: readonly QuestionTopic[],
): ModuleMastery {
  const finished = attempts.filter(
    (a): a is MasteryAttempt & { finishedAt: Date } => a.finishedAt !== null,
  );
  // Starting a quiz is attempting the module, even before the first answer.
  const moduleStatus = statusFrom(
    scoresOf(finished, () => true),
    attempts.length > 0,
  );
  const wanted = new Set(topics);
  const topicStatuses = QuestionTopicSchema.options
    .filter((topic) => wanted.has(topic))
    .map((topic): TopicMastery => {
      const inTopic = (r: QuestionResult) => r.topic === topic;
      // A topic is attempted once one of its questions is answered, or an attempt that had it is finished.
      const attempted = attempts.some((a) =>
        a.results.some((r) => inTopic(r) && (a.finishedAt !== null || r.points !== null)),
      );
      return { topic, ...statusFrom(scoresOf(finished, inTopic), attempted) };
    });
  return { module: moduleStatus, topics: topicStatuses };
}

/** A score per finished attempt that has questions in scope: the mean of their points, unanswered as 0. */
function scoresOf(
  finished: readonly (MasteryAttempt & { finishedAt: Date })[],
  inScope: (r: QuestionResult) => boolean,
): Scored[] {
  return finished.flatMap((a) => {
    const results = a.results.filter(inScope);
    if (results.length === 0) return [];
    return [{ score: meanPoints(results.map((r) => r.points ?? 0)), finishedAt: a.finishedAt }];
  });
}

function statusFrom(scores: Scored[], attempted: boolean): MasteryStatus {
  const byTime = [...scores].sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime());
  const bestScore = byTime.length > 0 ? Math.max(...byTime.map((s) => s.score)) : null;
  const latestScore = byTime.at(-1)?.score ?? null;
  const perfect = byTime.filter((s) => s.score >= PROFICIENT_SCORE - EPSILON);
  const first = perfect[0];
  const last = perfect.at(-1);
  const base = { bestScore, latestScore, scoredAttempts: byTime.length, masteryAvailableAt: null };

  if (first && last && last.finishedAt.getTime() - first.finishedAt.getTime() >= MASTERY_GAP_MS)
    return { ...base, level: "mastered" };
  if (first)
    return {
      ...base,
      level: "proficient",
      masteryAvailableAt: new Date(first.finishedAt.getTime() + MASTERY_GAP_MS),
    };
  if (bestScore !== null && bestScore >= FAMILIAR_SCORE - EPSILON)
    return { ...base, level: "familiar" };
  return { ...base, level: attempted || byTime.length > 0 ? "attempted" : "not_started" };
}

/** Levels compare by rank: `rank("familiar") > rank("attempted")`. */
export function masteryRank(level: MasteryLevel): number {
  return MASTERY_LEVELS.indexOf(level);
}

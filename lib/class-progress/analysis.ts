// Item analysis of one assignment's questions across a class (pure). Each student counts once
// per question, with their first answer: later tries are practice after seeing the feedback,
// and would make every question look easier than it was.

export type AnalysisQuestion = { id: string; prompt: string };
export type AnalysisAnswer = {
  studentId: string;
  questionId: string;
  correct: boolean;
  /** The answer in words (see answer-text.ts), so equal answers group together. */
  text: string;
  answeredAt: Date;
};

export type QuestionAnalysis = {
  questionId: string;
  number: number;
  prompt: string;
  answered: number;
  right: number;
  /** right / answered, or null when nobody answered. */
  shareRight: number | null;
  mostCommonWrong: { text: string; count: number } | null;
  /** Fewer than half answered it right. */
  mostMissed: boolean;
};

/** Below this share right a question is flagged as most missed. */
export const MOST_MISSED_BELOW = 0.5;

export function analyseQuestions(
  questions: readonly AnalysisQuestion[],
  answers: readonly AnalysisAnswer[],
): QuestionAnalysis[] {
  const first = new Map<string, AnalysisAnswer>();
  for (const a of [...answers].sort((x, y) => x.answeredAt.getTime() - y.answeredAt.getTime())) {
    const key = `${a.questionId}:${a.studentId}`;
    if (!first.has(key)) first.set(key, a);
  }
  const byQuestion = new Map<string, AnalysisAnswer[]>();
  for (const a of first.values()) byQuestion.set(a.questionId, [...(byQuestion.get(a.questionId) ?? []), a]);

  return questions.map((q, i) => {
    const mine = byQuestion.get(q.id) ?? [];
    const right = mine.filter((a) => a.correct).length;
    const shareRight = mine.length > 0 ? right / mine.length : null;
    return {
      questionId: q.id,
      number: i + 1,
      prompt: q.prompt,
      answered: mine.length,
      right,
      shareRight,
      mostCommonWrong: mostCommon(mine.filter((a) => !a.correct).map((a) => a.text)),
      mostMissed: shareRight !== null && shareRight < MOST_MISSED_BELOW,
    };
  });
}

/** The most frequent text; ties go to the alphabetically first, so the page is stable. */
function mostCommon(texts: readonly string[]): { text: string; count: number } | null {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best: { text: string; count: number } | null = null;
  for (const [text, count] of counts) {
    if (!best || count > best.count || (count === best.count && text < best.text)) best = { text, count };
  }
  return best;
}

/** The flagged questions, hardest first. */
export function mostMissedFirst(analysis: readonly QuestionAnalysis[]): QuestionAnalysis[] {
  return analysis
    .filter((q) => q.mostMissed)
    .sort((a, b) => (a.shareRight ?? 0) - (b.shareRight ?? 0) || a.number - b.number);
}

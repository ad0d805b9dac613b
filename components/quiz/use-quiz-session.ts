"use client";

import { useState } from "react";
import {
  finishAttempt,
  sendAnswer,
  startAttempt,
  type QuizMode,
} from "@/components/quiz/quiz-requests";
import type { QuizResult } from "@/components/quiz/quiz-summary";
import { verdictOf } from "@/components/quiz/feedback-panel";
import type { QuizResponse } from "@/lib/quiz/responses";
import { attemptScore, formatScore, topicResults } from "@/lib/quiz/score";
import type { AnsweredView, PublicQuestionView } from "@/lib/quiz/views";

export type QuizSessionStart = {
  mode: QuizMode;
  questions: PublicQuestionView[];
  answered: AnsweredView[];
  /** The attempt is on an older version of the module (see AttemptView.outdated). */
  outdated?: boolean;
};
export type FocusTarget = "question" | "feedback" | "summary";

const firstOpen = (
  questions: PublicQuestionView[],
  answered: Map<string, AnsweredView>,
  from = 0,
) => {
  const order = [...questions.keys()].map((i) => (i + from) % Math.max(1, questions.length));
  return order.find((i) => !answered.has(questions[i]!.id)) ?? -1;
};

/** Score and per-topic results worked out in the browser, for play that is not an attempt. */
function localResult(
  questions: PublicQuestionView[],
  answered: Map<string, AnsweredView>,
): QuizResult {
  const points = new Map([...answered.values()].map((a) => [a.questionId, a.feedback.points]));
  const ids = questions.map((q) => q.id);
  return {
    score: attemptScore(
      ids,
      [...points].map(([questionId, p]) => ({ questionId, points: p })),
    ),
    progress: { answered: answered.size, total: ids.length },
    topics: topicResults(questions, points),
  };
}

/**
 * The state of one quiz in the browser: which question is shown, the answers so far (the
 * server's feedback for each), and the result at the end. `onFocus` says where keyboard focus
 * should go after each step.
 */
export function useQuizSession(start: QuizSessionStart, onFocus: (target: FocusTarget) => void) {
  const [mode, setMode] = useState(start.mode);
  const [questions, setQuestions] = useState(start.questions);
  const [answered, setAnswered] = useState(
    () => new Map(start.answered.map((a) => [a.questionId, a])),
  );
  const [index, setIndex] = useState(() =>
    Math.max(0, firstOpen(start.questions, new Map(start.answered.map((a) => [a.questionId, a])))),
  );
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<QuizResult | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [outdated, setOutdated] = useState(start.outdated ?? false);
  const allAnswered = questions.length > 0 && questions.every((q) => answered.has(q.id));

  async function answer(questionId: string, response: QuizResponse) {
    setPending(true);
    setError(null);
    const reply = await sendAnswer(mode, questionId, response);
    setPending(false);
    if (!reply.ok) {
      setError(reply.message);
      setAnnouncement("");
      return;
    }
    const { feedback } = reply.data;
    setAnswered((before) =>
      new Map(before).set(questionId, { questionId, response: reply.data.response, feedback }),
    );
    setAnnouncement(`${verdictOf(feedback)}.`);
    onFocus("feedback");
  }

  function goTo(next: number) {
    setIndex(next);
    setError(null);
    onFocus("question");
  }

  function nextQuestion() {
    const open = firstOpen(questions, answered, index + 1);
    goTo(open >= 0 ? open : Math.min(index + 1, questions.length - 1));
  }

  async function finish() {
    let finished: QuizResult;
    if (mode.kind !== "attempt") {
      finished = localResult(questions, answered);
    } else {
      setPending(true);
      setError(null);
      const reply = await finishAttempt(mode.attemptId);
      setPending(false);
      if (!reply.ok) {
        setError(reply.message);
        setAnnouncement(reply.message);
        return;
      }
      const { score, progress, topics } = reply.data;
      finished = { score, progress, topics };
    }
    setResult(finished);
    setAnnouncement(`Quiz finished: you scored ${formatScore(finished.score)}.`);
    onFocus("summary");
  }

  /** A new attempt (new order) for a saved quiz; the same questions again otherwise. */
  async function tryAgain() {
    let next = { questions, answered: new Map<string, AnsweredView>() };
    if (mode.kind === "attempt") {
      setPending(true);
      const reply = await startAttempt(mode.slug);
      setPending(false);
      if (!reply.ok) return setError(reply.message);
      setMode({ kind: "attempt", attemptId: reply.data.attemptId, slug: reply.data.slug });
      setOutdated(reply.data.outdated);
      next = {
        questions: reply.data.questions,
        answered: new Map(reply.data.answered.map((a) => [a.questionId, a])),
      };
    }
    setQuestions(next.questions);
    setAnswered(next.answered);
    setResult(null);
    setAnnouncement("");
    goTo(Math.max(0, firstOpen(next.questions, next.answered)));
  }

  return {
    mode,
    questions,
    answered,
    index,
    pending,
    error,
    result,
    announcement,
    allAnswered,
    outdated,
    answer,
    goTo,
    nextQuestion,
    finish,
    tryAgain,
  };
}

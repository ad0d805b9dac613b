import type { QuizResponse } from "@/lib/quiz/responses";
import type { AttemptSummary, AttemptView, GradedAnswer } from "@/lib/quiz/views";

// The browser side of the quiz endpoints. Each call returns the parsed body or the server's
// message in plain words; the server never sends details of its own failures.

/** How a quiz is played: an attempt that is saved, practice that is not, or the review queue. */
export type QuizMode =
  | { kind: "attempt"; attemptId: string; slug: string }
  | { kind: "practice"; slug: string; seed: number }
  | { kind: "review" };

type Reply<T> = { ok: true; data: T } | { ok: false; status: number; message: string };

const OFFLINE =
  "Parley could not be reached. Check your connection and try again: nothing was lost.";

async function post<T>(url: string, body: unknown): Promise<Reply<T>> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const data: unknown = await response.json().catch(() => null);
    if (response.ok) return { ok: true, data: data as T };
    const message =
      (data as { error?: string } | null)?.error ?? "Something went wrong. Try again in a moment.";
    return { ok: false, status: response.status, message };
  } catch {
    return { ok: false, status: 0, message: OFFLINE };
  }
}

export function sendAnswer(mode: QuizMode, questionId: string, response: QuizResponse) {
  switch (mode.kind) {
    case "attempt":
      return post<GradedAnswer>(`/api/attempts/${mode.attemptId}/answers`, {
        questionId,
        response,
      });
    case "practice":
      return post<GradedAnswer>(`/api/modules/${mode.slug}/quiz-check`, {
        questionId,
        response,
        seed: mode.seed,
      });
    case "review":
      return post<GradedAnswer>("/api/review/answers", { questionId, response });
  }
}

export function finishAttempt(attemptId: string) {
  return post<AttemptSummary>(`/api/attempts/${attemptId}/finish`, {});
}

export function startAttempt(slug: string) {
  return post<AttemptView>(`/api/modules/${slug}/attempts`, {});
}

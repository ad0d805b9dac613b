/**
 * Expected refusals of quiz requests, in words a student can read. Routes turn the kind into an
 * HTTP status; anything that is not a QuizError is a bug and gets a generic message.
 */
export type QuizErrorKind = "not-found" | "finished" | "invalid";

export class QuizError extends Error {
  constructor(
    readonly kind: QuizErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "QuizError";
  }
}

export const NO_SUCH_ATTEMPT = "There is no such quiz attempt in your account.";
export const NO_SUCH_QUESTION = "That question is not part of this quiz.";
export const ATTEMPT_FINISHED = "This attempt is finished. Start a new one to answer again.";

import type { Choice, QuestionTopic, Source } from "@/lib/generator/schema";
import { feedbackFor, type Feedback } from "./feedback";
import type { QuizQuestion } from "./question";
import type { QuizResponse } from "./responses";
import type { TopicResult } from "./score";

// What the browser gets. A question before it is answered is a `PublicQuestionView`: built field
// by field from an allow-list, so a new secret column can never slip through. Its answer,
// explanation and sources arrive only inside an `AnswerFeedbackView`, once it is answered.

type PublicBase = { id: string; topic: QuestionTopic; prompt: string };
export type PublicQuestionView = PublicBase &
  (
    | { type: "single" | "multi" | "true_false" | "cloze"; choices: Choice[] }
    | { type: "order"; items: Choice[] }
    | { type: "match"; pairs: { left: Choice[]; right: Choice[] } }
  );

/** A quoted sentence and where to read it; `href` is null when the article is gone. */
export type SourceView = { quote: string; href: string | null; articleTitle: string | null };

export type AnswerFeedbackView = Feedback & {
  explanation: string;
  source: SourceView;
  /** Further citations (each side of a disagreement...). */
  otherSources: SourceView[];
};

/**
 * An answered question: what the student sent (null if a later edit of the question made it
 * unreadable) and what they are shown.
 */
export type AnsweredView = {
  questionId: string;
  response: QuizResponse | null;
  feedback: AnswerFeedbackView;
};

export type QuizProgress = { answered: number; total: number };

/** A question as loaded on the server: the quiz logic's fields plus the texts shown with it. */
export type QuestionWithTexts = QuizQuestion & {
  prompt: string;
  explanation: string;
  source: {
    quote: string;
    articleKey: string | null;
    sentenceKey: string | null;
    articleTitle: string | null;
  };
  citations: Source[];
};

const pick = (c: Choice): Choice => ({ id: c.id, text: c.text });

export function publicQuestionView(q: QuizQuestion & { prompt: string }): PublicQuestionView {
  const base: PublicBase = { id: q.id, topic: q.topic, prompt: q.prompt };
  switch (q.type) {
    case "order":
      return { ...base, type: q.type, items: q.items.map(pick) };
    case "match":
      return {
        ...base,
        type: q.type,
        pairs: { left: q.pairs.left.map(pick), right: q.pairs.right.map(pick) },
      };
    default:
      return { ...base, type: q.type, choices: q.choices.map(pick) };
  }
}

/** Where a sentence is read: `basePath` is the module's (lib/modules/paths.ts moduleBasePath). */
function sentenceHref(basePath: string, articleKey: string, sentenceKey: string): string {
  return `${basePath}/articles/${articleKey}#${sentenceKey}`;
}

/**
 * Feedback for an answered question. Pass the question as the student saw it (shuffled for the
 * attempt) so options keep their order, and the module's `basePath` (moduleBasePath) so that the
 * source links open the article where this module is read.
 */
export function answerFeedbackView(
  q: QuestionWithTexts,
  response: QuizResponse | null,
  basePath: string,
): AnswerFeedbackView {
  const { articleKey, sentenceKey, quote, articleTitle } = q.source;
  const source: SourceView = {
    quote,
    articleTitle,
    href: articleKey && sentenceKey ? sentenceHref(basePath, articleKey, sentenceKey) : null,
  };
  const otherSources = q.citations
    .filter((c) => c.quote !== quote)
    .slice(0, 4)
    .map(
      (c): SourceView => ({
        quote: c.quote,
        articleTitle: null,
        href: sentenceHref(basePath, c.articleId, c.sentenceId),
      }),
    );
  return { ...feedbackFor(q, response), explanation: q.explanation, source, otherSources };
}

/** A graded answer with its feedback: what every way of answering returns. */
export type GradedAnswer = {
  result: { correct: boolean; points: number };
  response: QuizResponse;
  feedback: AnswerFeedbackView;
};

/** What answering a question of an attempt returns, to the page and to any other client. */
export type AnswerOutcome = GradedAnswer & {
  progress: QuizProgress;
  /** True when this question had been answered already: the stored answer stands. */
  repeated: boolean;
};

/** A finished attempt, as the summary shows it. */
export type AttemptSummary = {
  attemptId: string;
  score: number;
  finishedAt: string;
  progress: QuizProgress;
  topics: TopicResult[];
};

/** Everything the quiz page needs to play (or resume) one attempt. */
export type AttemptView = {
  attemptId: string;
  slug: string;
  /** Where the module's explainer is read (moduleBasePath). */
  basePath: string;
  /**
   * The module has a newer version than this open attempt, which already holds answers: the
   * student finishes it, then Try again starts the new version.
   */
  outdated: boolean;
  moduleTitle: string;
  finishedAt: string | null;
  score: number | null;
  questions: PublicQuestionView[];
  answered: AnsweredView[];
  progress: QuizProgress;
};

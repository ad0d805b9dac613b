"use client";

import type { Ref } from "react";
import type { AnswerFeedbackView, SourceView } from "@/lib/quiz/views";

type Props = {
  feedback: AnswerFeedbackView;
  headingRef: Ref<HTMLHeadingElement>;
  /** The button that moves on ("Next question", "See my results"), when there is one. */
  next?: { label: string; onClick: () => void };
};

/** Right or wrong in words, as the heading says it and the live region announces it. */
export function verdictOf(feedback: Pick<AnswerFeedbackView, "correct" | "points">): string {
  if (feedback.correct) return "Correct";
  return feedback.points > 0
    ? `Partly right: ${Math.floor(feedback.points * 100)}% of the points`
    : "Not right";
}

const MARKS = {
  right: {
    label: "your answer, right",
    className: "border-green-700 bg-green-50 dark:bg-green-950",
  },
  wrong: { label: "your answer, wrong", className: "border-red-700 bg-red-50 dark:bg-red-950" },
  missed: { label: "a right answer", className: "border-green-700 border-dashed" },
  neutral: { label: "", className: "border-slate-300 dark:border-slate-600" },
} as const;

function AnswerDetails({ feedback }: { feedback: AnswerFeedbackView }) {
  if (feedback.kind === "choices") {
    return (
      <>
        <p>
          The right answer: <strong>{feedback.correctAnswer.join("; ")}</strong>
        </p>
        <ul className="space-y-1" aria-label="Your answer, marked">
          {feedback.choices.map((c) => (
            <li key={c.id} className={`rounded border-2 px-3 py-1 ${MARKS[c.mark].className}`}>
              {c.mark === "right" || c.mark === "missed" ? "✓ " : c.mark === "wrong" ? "✗ " : ""}
              {c.text}
              {MARKS[c.mark].label ? (
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  {" "}
                  ({MARKS[c.mark].label})
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (feedback.kind === "order") {
    return (
      <>
        <p>The right order:</p>
        <ol className="list-inside list-decimal space-y-1">
          {feedback.correctOrder.map((item) => (
            <li key={item.id}>
              {item.text}
              {feedback.yourOrder.some((y) => y.id === item.id && !y.inPlace) ? (
                <span className="text-sm text-red-800 dark:text-red-300">
                  {" "}
                  (you put it {ordinal(feedback.yourOrder.find((y) => y.id === item.id)!.position)})
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </>
    );
  }
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Your matches and the right ones</caption>
      <thead>
        <tr>
          <th scope="col" className="py-1 pr-2">
            Item
          </th>
          <th scope="col" className="py-1 pr-2">
            Your match
          </th>
          <th scope="col" className="py-1">
            Right match
          </th>
        </tr>
      </thead>
      <tbody>
        {feedback.pairs.map((p) => (
          <tr key={p.left.id} className="border-t border-slate-200 align-top dark:border-slate-700">
            <th scope="row" className="py-1 pr-2 font-medium">
              {p.left.text}
            </th>
            <td className="py-1 pr-2">
              {p.isRight ? "✓ " : "✗ "}
              {p.chosen?.text ?? "none"}
            </td>
            <td className="py-1">{p.correct.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ordinal = (n: number) => `${n}${n === 1 ? "st" : n === 2 ? "nd" : n === 3 ? "rd" : "th"}`;

function Quote({ source }: { source: SourceView }) {
  return (
    <figure className="space-y-1">
      <blockquote className="border-l-4 border-slate-400 pl-3 italic">“{source.quote}”</blockquote>
      {source.href ? (
        <figcaption className="text-sm">
          <a
            href={source.href}
            className="font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300"
          >
            Read it in the article{source.articleTitle ? `: ${source.articleTitle}` : ""}
          </a>
        </figcaption>
      ) : null}
    </figure>
  );
}

/** After an answer: right or wrong, the right answer, why, and the sentence it comes from. */
export function FeedbackPanel({ feedback, headingRef, next }: Props) {
  const headingId = `feedback-${feedback.questionId}`;
  const tone = feedback.correct
    ? "border-green-700"
    : feedback.points > 0
      ? "border-amber-600"
      : "border-red-700";
  return (
    <section aria-labelledby={headingId} className={`space-y-3 rounded-lg border-2 p-4 ${tone}`}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="rounded text-xl font-bold">
        <span aria-hidden="true">{feedback.correct ? "✓ " : "✗ "}</span>
        {verdictOf(feedback)}
      </h3>
      <AnswerDetails feedback={feedback} />
      <p>{feedback.explanation}</p>
      <div className="space-y-2">
        <h4 className="font-semibold">Source</h4>
        <Quote source={feedback.source} />
        {feedback.otherSources.map((s) => (
          <Quote key={`${s.href}-${s.quote}`} source={s} />
        ))}
      </div>
      {next ? (
        <button
          type="button"
          onClick={next.onClick}
          className="rounded bg-blue-700 px-5 py-2 font-semibold text-white hover:bg-blue-800"
        >
          {next.label}
        </button>
      ) : null}
    </section>
  );
}

"use client";

import { useState, type Ref } from "react";
import { ChoiceInput } from "@/components/quiz/choice-input";
import { initialDraft, responseFromDraft, type Draft } from "@/components/quiz/draft";
import { MatchInput } from "@/components/quiz/match-input";
import { OrderInput } from "@/components/quiz/order-input";
import type { QuizResponse } from "@/lib/quiz/responses";
import type { AnsweredView, PublicQuestionView } from "@/lib/quiz/views";

type Props = {
  question: PublicQuestionView;
  number: number;
  total: number;
  /** Set once the question is answered: the form then shows the answer given, read-only. */
  answered: AnsweredView | null;
  pending: boolean;
  error: string | null;
  legendRef: Ref<HTMLLegendElement>;
  onSubmit: (response: QuizResponse) => void;
};

const HINTS: Record<PublicQuestionView["type"], string> = {
  single: "Choose one answer.",
  true_false: "Choose true or false.",
  cloze: "Choose the word that fills the blank.",
  multi: "Tick every answer that applies.",
  order: "Put the items in order with the Move up and Move down buttons.",
  match: "Choose the matching option for each item.",
};

/** A cloze sentence shows its blank as a line, filled in with the choice picked so far. */
function Prompt({ question, draft }: { question: PublicQuestionView; draft: Draft }) {
  const [before, ...after] = question.prompt.split("____");
  if (question.type !== "cloze" || after.length === 0) return <>{question.prompt}</>;
  const filled = question.choices.find((c) => c.id === draft.choiceIds[0])?.text;
  return (
    <>
      {before}
      <span className="mx-1 inline-block min-w-16 border-b-2 border-current px-1 text-center text-blue-800 dark:text-blue-300">
        <span aria-hidden="true">{filled ?? "\u00a0"}</span>
        <span className="sr-only">blank</span>
      </span>
      {after.join("____")}
    </>
  );
}

export function QuestionForm({
  question,
  number,
  total,
  answered,
  pending,
  error,
  legendRef,
  onSubmit,
}: Props) {
  const [draft, setDraft] = useState(() => initialDraft(question, answered?.response ?? null));
  const [problem, setProblem] = useState<string | null>(null);
  const message = problem ?? error;
  const hintId = `hint-${question.id}`;
  const messageId = `message-${question.id}`;

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (answered || pending) return;
    const built = responseFromDraft(question, draft);
    if ("problem" in built) return setProblem(built.problem);
    setProblem(null);
    onSubmit(built.response);
  }

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="space-y-4"
      data-question-id={question.id}
      data-question-type={question.type}
    >
      <fieldset
        disabled={answered !== null}
        aria-describedby={message ? `${hintId} ${messageId}` : hintId}
        className="space-y-3"
      >
        <legend ref={legendRef} tabIndex={-1} className="mb-1 rounded">
          <span className="block text-sm font-medium text-slate-600 dark:text-slate-400">
            {`Question ${number} of ${total}`}
          </span>
          <span className="block text-lg font-semibold">
            <Prompt question={question} draft={draft} />
          </span>
        </legend>
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {HINTS[question.type]}
        </p>
        {question.type === "order" ? (
          <OrderInput
            items={question.items}
            order={draft.order}
            disabled={answered !== null}
            onChange={(order) => setDraft({ ...draft, order })}
          />
        ) : question.type === "match" ? (
          <MatchInput
            question={question}
            matches={draft.matches}
            onChange={(matches) => setDraft({ ...draft, matches })}
          />
        ) : (
          <ChoiceInput
            question={question}
            picked={draft.choiceIds}
            onChange={(choiceIds) => setDraft({ ...draft, choiceIds })}
          />
        )}
      </fieldset>
      {message ? (
        <p id={messageId} role="alert" className="font-medium text-red-700 dark:text-red-400">
          {message}
        </p>
      ) : null}
      {answered ? null : (
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-700 px-5 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {pending ? "Checking…" : "Check answer"}
        </button>
      )}
    </form>
  );
}

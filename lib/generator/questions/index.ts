import type { Question, QuestionTopic } from "../schema";
import type { QuestionDraft } from "./build";
import type { QuestionContext } from "./context";
import { organizationQuestions, placeQuestions } from "./entities";
import { numberQuestions } from "./numbers";
import { peopleQuestions } from "./people";
import { timelineQuestions } from "./timeline";
import { disagreementQuestions, factQuestions, glossaryQuestions, issueQuestions } from "./topics";

/**
 * All questions, each asking something no other asks (one per key, one per sentence for
 * statements). When there are more than `max`, topics take turns so every topic stays.
 */
export function generateQuestions(ctx: QuestionContext, max = 30): Question[] {
  // Order matters: sentence-based generators claim sentences in turn (ctx.usedSentences).
  const drafts: QuestionDraft[] = [
    ...disagreementQuestions(ctx),
    ...peopleQuestions(ctx),
    ...timelineQuestions(ctx),
    ...organizationQuestions(ctx),
    ...placeQuestions(ctx),
    ...numberQuestions(ctx),
    ...issueQuestions(ctx),
    ...glossaryQuestions(ctx),
    ...factQuestions(ctx),
  ];
  const seen = new Set<string>();
  const unique = drafts.filter((d) => (seen.has(d.key) ? false : (seen.add(d.key), true)));
  const byTopic = new Map<QuestionTopic, QuestionDraft[]>();
  for (const d of unique) byTopic.set(d.topic, [...(byTopic.get(d.topic) ?? []), d]);
  const picked: QuestionDraft[] = [];
  const queues = [...byTopic.values()];
  while (picked.length < max && queues.some((q) => q.length > 0)) {
    for (const q of queues) if (q.length > 0 && picked.length < max) picked.push(q.shift()!);
  }
  // Back in generation order so related questions stay together.
  picked.sort((a, b) => unique.indexOf(a) - unique.indexOf(b));
  return picked.map((draft, i) => {
    const { key, ...q } = draft;
    void key;
    return { ...q, id: `q${i + 1}` } as Question;
  });
}

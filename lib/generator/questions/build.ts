import type { Choice, Question, QuestionTopic, Source } from "../schema";
import { byText, stableShuffle } from "../util";

// Builders for each question type. They enforce the rules every question must keep:
// choices distinct from each other and from the answer, at least two distractors, an
// answer present among the choices, stable choice ids, and a deterministic order.

export type QuestionDraft = Question & { key: string };
type Base = { key: string; topic: QuestionTopic; prompt: string; explanation: string; source: Source; sources?: Source[] };

const LETTERS = "abcdefghij";
const norm = (s: string) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, " ").trim();

/** Removes distractors equal to the answer, to each other, or empty. */
export function cleanDistractors(answers: string[], distractors: string[]): string[] {
  const seen = new Set(answers.map(norm));
  const out: string[] = [];
  for (const d of distractors) {
    const k = norm(d);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return out;
}

function choicesFor(seed: string, texts: string[]): Choice[] {
  return stableShuffle(texts, seed, (t) => t).map((text, i) => ({ id: LETTERS[i]!, text }));
}

function base(b: Base) {
  return { id: "", key: b.key, topic: b.topic, prompt: b.prompt, explanation: b.explanation, source: b.source, sources: b.sources ?? [] };
}

export function single(b: Base, answer: string, distractors: string[], max = 4): QuestionDraft | null {
  const ds = cleanDistractors([answer], distractors).slice(0, max - 1);
  if (ds.length < 2) return null;
  const choices = choicesFor(b.key, [answer, ...ds]);
  return { ...base(b), type: "single", choices, answer: { choiceId: choices.find((c) => c.text === answer)!.id } };
}

export function multi(b: Base, answers: string[], distractors: string[], max = 6): QuestionDraft | null {
  const uniqueAnswers = [...new Set(answers)];
  const ds = cleanDistractors(uniqueAnswers, distractors).slice(0, Math.max(1, max - uniqueAnswers.length));
  if (uniqueAnswers.length === 0 || ds.length === 0 || uniqueAnswers.length + ds.length < 3) return null;
  const choices = choicesFor(b.key, [...uniqueAnswers, ...ds]);
  const ids = choices.filter((c) => uniqueAnswers.includes(c.text)).map((c) => c.id);
  return { ...base(b), type: "multi", choices, answer: { choiceIds: ids.sort(byText) } };
}

export function trueFalse(b: Base, isTrue: boolean): QuestionDraft {
  return {
    ...base(b),
    type: "true_false",
    choices: [
      { id: "true", text: "True" },
      { id: "false", text: "False" },
    ],
    answer: { choiceId: isTrue ? "true" : "false" },
  };
}

export const BLANK = "____";

/** A sentence with one word or phrase blanked out; `answer` must occur in it exactly once. */
export function cloze(b: Omit<Base, "prompt"> & { sentence: string; intro?: string }, answer: string, distractors: string[]): QuestionDraft | null {
  const at = b.sentence.indexOf(answer);
  if (at < 0 || b.sentence.indexOf(answer, at + 1) >= 0) return null;
  // Distractors already in the sentence would read as obviously wrong (or right).
  const ds = cleanDistractors([answer], distractors).filter((d) => !b.sentence.includes(d)).slice(0, 3);
  if (ds.length < 2) return null;
  const prompt = `${b.intro ?? "Fill in the blank."} “${b.sentence.slice(0, at)}${BLANK}${b.sentence.slice(at + answer.length)}”`;
  const choices = choicesFor(b.key, [answer, ...ds]);
  return { ...base({ ...b, prompt }), type: "cloze", choices, answer: { choiceId: choices.find((c) => c.text === answer)!.id, text: answer } };
}

/** Items in their true order; shown shuffled (never already in order). */
export function order(b: Base, itemsInOrder: string[]): QuestionDraft | null {
  if (itemsInOrder.length < 3 || new Set(itemsInOrder.map(norm)).size !== itemsInOrder.length) return null;
  let shuffled = stableShuffle(itemsInOrder, b.key, (t) => t);
  if (shuffled.every((t, i) => t === itemsInOrder[i])) shuffled = [...shuffled.slice(1), shuffled[0]!];
  const items = shuffled.map((text, i) => ({ id: LETTERS[i]!, text }));
  return { ...base(b), type: "order", items, answer: { order: itemsInOrder.map((t) => items.find((i) => i.text === t)!.id) } };
}

export function match(b: Base, pairs: [string, string][]): QuestionDraft | null {
  const lefts = pairs.map((p) => p[0]);
  const rights = pairs.map((p) => p[1]);
  if (pairs.length < 3 || new Set(lefts.map(norm)).size !== lefts.length || new Set(rights.map(norm)).size !== rights.length) return null;
  const left = lefts.map((text, i) => ({ id: `l${i + 1}`, text }));
  const right = stableShuffle(rights, b.key, (t) => t).map((text, i) => ({ id: `r${i + 1}`, text }));
  return {
    ...base(b),
    type: "match",
    pairs: { left, right },
    answer: { pairs: pairs.map(([l, r]) => ({ left: left.find((x) => x.text === l)!.id, right: right.find((x) => x.text === r)!.id })) },
  };
}

import { concordantPairs } from "./grade";
import type { QuestionOfType, QuizQuestion } from "./question";

// Each attempt shows the questions and their options in its own order, drawn from the attempt's
// seed (`QuizAttempt.seed`): the same seed always gives the same quiz, so a resumed attempt looks
// the same. Ids never change, only positions, so answers and grading are unaffected.

/** mulberry32: a tiny, well-mixed 32-bit PRNG. Returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed for one key within an attempt (FNV-1a over the key, started from the seed, then mixed). */
export function deriveSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  // Murmur3's finaliser: nearby seeds and keys end up far apart.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The questions and their options in this attempt's order; the input is not touched. `seed` is
 * any 32-bit integer, signed or unsigned. Question order is a sort on a per-question key and each
 * question's options are drawn from its own stream, so removing one question from a module does
 * not reshuffle the rest of a resumed attempt.
 */
export function shuffleForAttempt<Q extends QuizQuestion>(
  questions: readonly Q[],
  seed: number,
): Q[] {
  return questions
    .map((q, index) => ({ q, index, key: deriveSeed(seed, `question:${q.id}`) }))
    .sort((a, b) => a.key - b.key || a.index - b.index)
    .map(({ q }) => shuffleOptions(q, mulberry32(deriveSeed(seed, `options:${q.id}`))));
}

function shuffleOptions<Q extends QuizQuestion>(q: Q, random: () => number): Q {
  const question: QuizQuestion = q;
  switch (question.type) {
    case "single":
    case "multi":
    case "cloze":
      return { ...q, choices: shuffled(question.choices, random) };
    case "true_false":
      // "True, False" is a convention readers rely on; shuffling it only causes misclicks.
      return {
        ...q,
        choices: [...question.choices].sort(
          (a, b) => Number(b.id === "true") - Number(a.id === "true"),
        ),
      };
    case "order":
      return { ...q, items: presentedItems(question, random) };
    case "match":
      // The left column is the list of prompts and keeps its order; the options are shuffled.
      return {
        ...q,
        pairs: { left: [...question.pairs.left], right: shuffled(question.pairs.right, random) },
      };
  }
}

/**
 * A shuffle of the items that never shows the answer, nor most of it: when more than half of the
 * item pairs would already be in the right order, the list is reversed (which turns a share s of
 * right pairs into 1 − s). So a student who submits the list untouched earns at most half marks,
 * and a list of two or more items is never presented solved.
 */
function presentedItems(question: QuestionOfType<"order">, random: () => number) {
  const items = shuffled(question.items, random);
  if (items.length < 2) return items;
  const [concordant, pairs] = concordantPairs(
    question.answer.order,
    items.map((i) => i.id),
  );
  return concordant * 2 > pairs ? items.reverse() : items;
}

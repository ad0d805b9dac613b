import type { QuestionOfType, QuizQuestion } from "./question";

// One hand-built question per type, small enough to reason about in the tests.

export const singleQ: QuestionOfType<"single"> = {
  id: "q-single",
  type: "single",
  topic: "people",
  choices: [
    { id: "a", text: "Abiy Ahmed" },
    { id: "b", text: "William Ruto" },
    { id: "c", text: "Yoweri Museveni" },
  ],
  answer: { choiceId: "b" },
};

export const multiQ: QuestionOfType<"multi"> = {
  id: "q-multi",
  type: "multi",
  topic: "organizations",
  choices: [
    { id: "a", text: "African Union" },
    { id: "b", text: "NATO" },
    { id: "c", text: "IGAD" },
    { id: "d", text: "United Nations" },
    { id: "e", text: "OPEC" },
  ],
  answer: { choiceIds: ["a", "c", "d"] },
};

export const trueFalseQ: QuestionOfType<"true_false"> = {
  id: "q-tf",
  type: "true_false",
  topic: "numbers",
  choices: [
    { id: "true", text: "True" },
    { id: "false", text: "False" },
  ],
  answer: { choiceId: "false" },
};

export const clozeQ: QuestionOfType<"cloze"> = {
  id: "q-cloze",
  type: "cloze",
  topic: "places",
  choices: [
    { id: "a", text: "Khartoum" },
    { id: "b", text: "Juba" },
    { id: "c", text: "Port Sudan" },
  ],
  answer: { choiceId: "c", text: "Port Sudan" },
};

/** Items stored shuffled; the right order is c, a, d, b. */
export const orderQ: QuestionOfType<"order"> = {
  id: "q-order",
  type: "order",
  topic: "timeline",
  items: [
    { id: "a", text: "Talks open in Jeddah" },
    { id: "b", text: "Truce collapses" },
    { id: "c", text: "Fighting breaks out" },
    { id: "d", text: "A ceasefire is signed" },
  ],
  answer: { order: ["c", "a", "d", "b"] },
};

export const matchQ: QuestionOfType<"match"> = {
  id: "q-match",
  type: "match",
  topic: "glossary",
  pairs: {
    left: [
      { id: "l1", text: "RSF" },
      { id: "l2", text: "SAF" },
      { id: "l3", text: "IGAD" },
    ],
    right: [
      { id: "r1", text: "East African trade bloc" },
      { id: "r2", text: "Paramilitary group" },
      { id: "r3", text: "Sudan's army" },
    ],
  },
  answer: {
    pairs: [
      { left: "l1", right: "r2" },
      { left: "l2", right: "r3" },
      { left: "l3", right: "r1" },
    ],
  },
};

export const allQuestions: QuizQuestion[] = [singleQ, multiQ, trueFalseQ, clozeQ, orderQ, matchQ];

/** An order question of `n` items whose right order is i1, i2, … (items stored in that order). */
export function orderOf(n: number, id = `q-order-${n}`): QuestionOfType<"order"> {
  const items = Array.from({ length: n }, (_, i) => ({ id: `i${i + 1}`, text: `Event ${i + 1}` }));
  return { id, type: "order", topic: "timeline", items, answer: { order: items.map((i) => i.id) } };
}

import { describe, expect, it } from "vitest";
import { cloze, match, multi, order, single } from "./questions/build";
import { toPublicQuestion, toSecretAnswer } from "./public-question";
import type { Question } from "./schema";
import { sampleModule, sentenceOf } from "./test-helpers";

const src = { articleId: "a1", sentenceId: "a1-s1", quote: "x" };
const base = { key: "k", topic: "people" as const, prompt: "Who?", explanation: "Because.", source: src };

describe("question builders keep the rules", () => {
  it("single: drops distractors equal to the answer or to each other; needs two", () => {
    const q = single(base, "Asim Malik", ["asim malik", "Abdul Haq Wasiq", "Abdul  Haq Wasiq", "Shafqat Ali Khan"])!;
    expect(q.type === "single" && q.choices.map((c) => c.text).sort()).toEqual(["Abdul Haq Wasiq", "Asim Malik", "Shafqat Ali Khan"]);
    expect(single(base, "A", ["A", "a"])).toBeNull();
  });

  it("gives stable letter ids and the same order on every run", () => {
    const a = single(base, "Doha", ["Istanbul", "Kabul", "Ankara"])!;
    const b = single(base, "Doha", ["Istanbul", "Kabul", "Ankara"])!;
    expect(a).toEqual(b);
    if (a.type !== "single") throw new Error("type");
    expect(a.choices.map((c) => c.id)).toEqual(["a", "b", "c", "d"]);
    expect(a.choices.find((c) => c.id === a.answer.choiceId)!.text).toBe("Doha");
  });

  it("multi: every answer among the choices, at least one distractor", () => {
    const q = multi(base, ["Qatar", "Türkiye"], ["China", "Iran"])!;
    if (q.type !== "multi") throw new Error("type");
    expect(q.answer.choiceIds.map((id) => q.choices.find((c) => c.id === id)!.text).sort()).toEqual(["Qatar", "Türkiye"]);
    expect(multi(base, ["Qatar"], [])).toBeNull();
  });

  it("cloze: blanks the answer exactly once and refuses distractors already in the sentence", () => {
    const q = cloze({ ...base, sentence: "Talks were held in Doha and Kabul." }, "Doha", ["Kabul", "Ankara", "Tehran", "Riyadh"])!;
    if (q.type !== "cloze") throw new Error("type");
    expect(q.prompt).toContain("Talks were held in ____ and Kabul.");
    expect(q.choices.map((c) => c.text)).not.toContain("Kabul");
    expect(cloze({ ...base, sentence: "Doha met Doha." }, "Doha", ["A", "B"])).toBeNull();
  });

  it("order: items never shown already in order; match: pairs distinct", () => {
    const q = order(base, ["first", "second", "third"])!;
    if (q.type !== "order") throw new Error("type");
    expect(q.items.map((i) => i.text)).not.toEqual(["first", "second", "third"]);
    expect(q.answer.order.map((id) => q.items.find((i) => i.id === id)!.text)).toEqual(["first", "second", "third"]);
    expect(match(base, [["A", "x"], ["B", "x"], ["C", "y"]])).toBeNull();
  });
});

describe("the sample's questions", () => {
  const qs = () => sampleModule().questions;

  it("has at least 20 questions, every type and every topic", () => {
    expect(qs().length).toBeGreaterThanOrEqual(20);
    expect(new Set(qs().map((q) => q.type))).toEqual(new Set(["single", "multi", "true_false", "order", "match", "cloze"]));
    expect(new Set(qs().map((q) => q.topic))).toEqual(new Set(["people", "organizations", "places", "timeline", "numbers", "issues", "glossary", "disagreements"]));
  });

  it("cites verbatim quotes from body sentences, never a heading", () => {
    const m = sampleModule();
    for (const q of qs()) {
      for (const s of [q.source, ...q.sources]) {
        const { sentence } = sentenceOf(m, s.sentenceId);
        expect(sentence.text).toContain(s.quote);
        expect(sentence.kind).not.toBe("heading");
      }
    }
  });

  it("asks nothing twice", () => {
    expect(new Set(qs().map((q) => q.prompt)).size).toBe(qs().length);
    const statementSources = qs().filter((q) => q.type === "cloze" || (q.type === "true_false" && q.answer.choiceId === "true")).map((q) => q.source.sentenceId);
    expect(new Set(statementSources).size).toBe(statementSources.length);
    // A sentence that states someone's role is not also used for a fill-in-the-blank.
    const roleSources = new Set(qs().filter((q) => q.topic === "people").flatMap((q) => [q.source, ...q.sources].map((x) => x.sentenceId)));
    for (const q of qs().filter((x) => x.type === "cloze")) expect(roleSources.has(q.source.sentenceId)).toBe(false);
    // Each person's role is asked in one question only.
    const asked = qs().filter((q) => q.topic === "people" && q.type !== "multi").flatMap((q) => (q.type === "match" ? q.pairs.left.map((l) => l.text) : q.type === "single" ? [q.choices.find((c) => c.id === q.answer.choiceId)!.text] : [q.explanation.match(/to ([^:]+?):/)?.[1] ?? q.id]));
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("supports each cloze answer by its cited sentence, with distractors of the same kind", () => {
    const m = sampleModule();
    for (const q of qs()) {
      if (q.type !== "cloze") continue;
      expect(sentenceOf(m, q.source.sentenceId).sentence.text).toContain(q.answer.text);
      const texts = q.choices.map((c) => c.text);
      expect(new Set(texts).size).toBe(texts.length);
      if (q.topic === "places") for (const t of texts) expect(/\d/.test(t)).toBe(false);
      if (q.topic === "timeline") for (const t of texts) expect(t).toMatch(/\d/);
    }
  });

  it("makes false statements the articles contradict, not merely omit", () => {
    const m = sampleModule();
    const falses = qs().filter((q): q is Extract<Question, { type: "true_false" }> => q.type === "true_false" && q.answer.choiceId === "false");
    expect(falses.length).toBeGreaterThanOrEqual(2);
    for (const q of falses) {
      // The cited sentence states the contrary fact, and it is quoted in the explanation.
      expect(q.explanation.startsWith("False")).toBe(true);
      expect(q.explanation).toContain(q.source.quote);
      expect(sentenceOf(m, q.source.sentenceId).sentence.text).toContain(q.source.quote);
    }
    const roleSwap = falses.find((q) => q.topic === "people")!;
    const holder = m.people.find((p) => roleSwap.explanation.includes(p.name))!;
    expect(roleSwap.prompt).not.toContain(holder.name);
  });

  it("never offers as a distractor someone who holds the asked role on the same side", () => {
    const m = sampleModule();
    for (const q of qs()) {
      if (q.type !== "single" || q.topic !== "people") continue;
      const answer = q.choices.find((c) => c.id === q.answer.choiceId)!.text;
      const asked = m.people.find((p) => p.name === answer)!;
      for (const c of q.choices.filter((x) => x.id !== q.answer.choiceId)) {
        const other = m.people.find((p) => p.name === c.text)!;
        expect(other.side === asked.side && other.role === asked.role).toBe(false);
      }
    }
  });

  it("splits into a public part without answers and a secret part", () => {
    for (const q of qs()) {
      const pub = toPublicQuestion(q);
      const json = JSON.stringify(pub);
      expect(json).not.toContain('"answer"');
      expect(json).not.toContain(q.explanation);
      expect(toSecretAnswer(q).answer).toEqual(q.answer);
    }
  });
});

import { findDates } from "../dates";
import { sourceOf } from "../util";
import { cloze, trueFalse, type QuestionDraft } from "./build";
import { corpusIncludes, explain, factSentences, type QuestionContext } from "./context";

const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
// "48-hour", "2,600-kilometer", "seven soldiers", "15 years": a count with what it counts.
const NUMBER_RE = new RegExp(`\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORDS.slice(2).join("|")})(%|-[a-z]+|\\s(?:[a-z]+\\s)?[a-z]+)`, "gi");

export type FoundNumber = { text: string; value: number; unit: string; start: number; asWord: boolean; comma: boolean };

export function findNumbers(text: string): FoundNumber[] {
  const dates = findDates(text);
  const out: FoundNumber[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const start = m.index!;
    const raw = m[1]!;
    if (dates.some((d) => start < d.end && start + raw.length > d.start)) continue;
    if (/^(one|two)$/i.test(raw)) continue;
    const asWord = /^[a-z]+$/i.test(raw);
    const value = asWord ? WORDS.indexOf(raw.toLowerCase()) : Number(raw.replace(/,/g, ""));
    if (!Number.isFinite(value) || value <= 1) continue;
    out.push({ text: raw, value, unit: m[2]!, start, asWord, comma: raw.includes(",") });
  }
  return out;
}

/** Plausible other values: halves, doubles and near neighbours, in the same style. */
export function alterNumber(n: FoundNumber): string[] {
  const v = n.value;
  const raw = v < 10 ? [v + 2, v - 2, v + 5, v + 3, v * 2] : [Math.round(v / 2), Math.round(v * 1.5), v * 2, Math.round(v * 0.75), Math.round(v * 3)];
  const nice = raw.map((x) => (x >= 100 ? Math.round(x / 100) * 100 : x >= 20 ? Math.round(x / 4) * 4 || x : x)).filter((x) => x > 1 && x !== v);
  return [...new Set(nice)].map((x) => (n.asWord && x < WORDS.length ? (n.text[0] === n.text[0]!.toUpperCase() ? WORDS[x]!.replace(/^./, (c) => c.toUpperCase()) : WORDS[x]!) : n.comma ? x.toLocaleString("en-US") : String(x)));
}

export function numberQuestions(ctx: QuestionContext, max = 2): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const usedValues = new Set<string>();
  for (const { article, sentence } of factSentences(ctx)) {
    if (out.length >= max + 1) break;
    if (ctx.usedSentences.has(sentence.id)) continue;
    for (const n of findNumbers(sentence.text)) {
      const key = `${n.value}${n.unit}`;
      if (usedValues.has(key)) continue;
      // Never a value some article states: it could be right elsewhere.
      const alternatives = alterNumber(n).filter((alt) => !corpusIncludes(ctx, `${alt}${n.unit}`) && !corpusIncludes(ctx, `${alt} `));
      const source = sourceOf(article.id, sentence);
      if (out.length < max) {
        const q = cloze({ key: `number-cloze:${sentence.id}`, topic: "numbers", sentence: sentence.text, intro: "Which number completes the sentence?", explanation: explain(ctx, source), source }, n.text, alternatives);
        if (!q) continue;
        out.push(q);
      } else {
        if (alternatives.length === 0) continue;
        const altered = sentence.text.slice(0, n.start) + alternatives[0] + sentence.text.slice(n.start + n.text.length);
        out.push(trueFalse({ key: `number-false:${sentence.id}`, topic: "numbers", prompt: `True or false: “${altered}”`, explanation: `False: the number is ${n.text}${n.unit}. ${explain(ctx, source)}`, source }, false));
      }
      usedValues.add(key);
      ctx.usedSentences.add(sentence.id);
      break;
    }
  }
  return out;
}

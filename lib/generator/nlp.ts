import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Token } from "./types";

// wink-nlp with its small English model: tokens, parts of speech and sentence breaks,
// loaded from the npm package (no download). Loaded once per process.
let nlp: ReturnType<typeof winkNLP> | null = null;
function getNlp() {
  nlp ??= winkNLP(model);
  return nlp;
}

export type SentenceSpan = { start: number; end: number; tokens: Token[] };

/**
 * Splits one paragraph into sentences with tokens, all offsets absolute (paragraph offset
 * added). Offsets are found by searching the paragraph for each token in order, so every
 * sentence is an exact substring of the text even if the tokenizer normalises something.
 */
export function splitParagraph(paragraph: string, offset: number): SentenceSpan[] {
  const engine = getNlp();
  const its = engine.its;
  const doc = engine.readDoc(paragraph);
  const texts: string[] = doc.tokens().out();
  const pos: string[] = doc.tokens().out(its.pos) as string[];
  const types: string[] = doc.tokens().out(its.type) as string[];
  const spaces: string[] = doc.tokens().out(its.precedingSpaces) as string[];
  const tokens: (Token | null)[] = [];
  let cursor = 0;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!;
    const at = paragraph.indexOf(t, cursor);
    if (at < 0) {
      tokens.push(null);
      continue;
    }
    cursor = at + t.length;
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start: offset + at,
      end: offset + at + t.length,
      pos: pos[i] ?? "X",
      isWord: types[i] === "word" || types[i] === "number" || types[i] === "abbreviation",
      spaceBefore: (spaces[i] ?? "").length > 0 || i === 0,
    });
  }
  const spans: SentenceSpan[] = [];
  doc.sentences().each((s: { out: (f?: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const own = tokens.slice(first, last + 1).filter((t): t is Token => t !== null);
    if (own.length === 0) return;
    spans.push({ start: own[0]!.start, end: own[own.length - 1]!.end, tokens: own });
  });
  return spans;
}

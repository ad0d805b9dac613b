import type { CleanResult } from "./clean";
import { splitParagraph } from "./nlp";
import type { SentenceDraft } from "./types";

const LIST_MARKER = /^([-*•‣◦▪●–]|\d{1,2}[.)])\s+/;

/**
 * Sentences of a cleaned article. The text is first split on paragraphs (line breaks): the
 * tokenizer then never joins a heading to the next paragraph. Each sentence's `text` is
 * exactly `articleText.slice(start, end)`.
 */
export function splitSentences(articleId: string, clean: CleanResult): SentenceDraft[] {
  const out: SentenceDraft[] = [];
  for (const p of clean.paragraphs) {
    // Leave a list marker outside the sentence so the sentence reads as text.
    const marker = p.kind === "list-item" ? LIST_MARKER.exec(p.text)?.[0] ?? "" : "";
    const body = p.text.slice(marker.length);
    const spans = p.kind === "heading" ? [{ start: p.start, end: p.start + p.text.length, tokens: splitParagraph(body, p.start).flatMap((s) => s.tokens) }] : splitParagraph(body, p.start + marker.length);
    for (const span of spans) {
      out.push({
        id: `${articleId}-s${out.length + 1}`,
        text: clean.text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        kind: p.kind,
        tokens: span.tokens,
      });
    }
  }
  return out;
}

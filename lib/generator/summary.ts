import type { Disagreement, Source } from "./schema";
import { contentStems, isMostlyQuote, jaccard } from "./text-utils";
import type { ArticleDraft, SentenceDraft } from "./types";
import { sourceOf } from "./util";

/**
 * An extractive overview: the sentences whose words the other articles share most (what
 * the reports agree is the story), at most one per article, never a quote, a heading or
 * a disputed claim, in article order. Each sentence is its own citation.
 */
export function buildSummary(articles: ArticleDraft[], disagreements: Disagreement[], max = 5): { text: string; source: Source }[] {
  const disputed = new Set(disagreements.flatMap((d) => d.claims.map((c) => c.source.sentenceId)));
  const df = new Map<string, number>();
  const articleStems = articles.map((a) => {
    const all = new Set<string>();
    for (const s of a.sentences) if (s.kind !== "heading") for (const w of contentStems(s)) all.add(w);
    return all;
  });
  for (const set of articleStems) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const candidates: { article: ArticleDraft; sentence: SentenceDraft; score: number; stems: Set<string> }[] = [];
  for (const article of articles) {
    article.sentences.forEach((s, i) => {
      if (s.kind !== "body" || s.text.length < 60 || s.text.length > 260 || isMostlyQuote(s.text) || disputed.has(s.id) || /\?$/.test(s.text)) return;
      const stems = contentStems(s);
      if (stems.size < 4) return;
      let score = 0;
      for (const w of stems) score += (df.get(w) ?? 1) - 1;
      // Lead sentences carry the news in wire style.
      score = score / Math.sqrt(stems.size) + (i < 3 ? 1.5 : 0);
      candidates.push({ article, sentence: s, score, stems });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.article.index - b.article.index || a.sentence.start - b.sentence.start);
  const chosen: typeof candidates = [];
  for (const c of candidates) {
    if (chosen.length >= max) break;
    if (chosen.some((x) => x.article.id === c.article.id || jaccard(x.stems, c.stems) > 0.35)) continue;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.article.index - b.article.index);
  return chosen.map((c) => ({ text: c.sentence.text, source: sourceOf(c.article.id, c.sentence) }));
}

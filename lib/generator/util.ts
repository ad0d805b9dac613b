import type { Source } from "./schema";
import type { SentenceDraft } from "./types";

/** Plain code-unit comparison: the same order on every machine and locale. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function slugify(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 48) || "item"
  );
}

/** Unique ids from names: "doha", "doha-2". */
export function uniqueIds<T>(items: T[], name: (t: T) => string): string[] {
  const used = new Map<string, number>();
  return items.map((item) => {
    const base = slugify(name(item));
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

export function sourceOf(articleId: string, sentence: SentenceDraft, quote?: string): Source {
  const q = quote ?? sentence.text;
  if (!sentence.text.includes(q)) throw new Error(`quote not in sentence ${sentence.id}: ${q}`);
  return { articleId, sentenceId: sentence.id, quote: q };
}

export function dedupeSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const s of sources) {
    const key = `${s.sentenceId}|${s.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out.sort(compareSources);
}

/** Article order, then sentence order (ids are "a2-s10": compare the numbers). */
export function compareSources(a: Source, b: Source): number {
  const [aa, as] = sentenceNumbers(a.sentenceId);
  const [ba, bs] = sentenceNumbers(b.sentenceId);
  return aa - ba || as - bs || byText(a.quote, b.quote);
}

export function sentenceNumbers(id: string): [number, number] {
  const m = /^a(\d+)-s(\d+)$/.exec(id);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** Deterministic 32-bit hash (FNV-1a) for stable shuffles: no Math.random. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function stableShuffle<T>(items: T[], seed: string, key: (t: T) => string): T[] {
  return [...items].sort((a, b) => hash(`${seed}|${key(a)}`) - hash(`${seed}|${key(b)}`) || byText(key(a), key(b)));
}

/** Most frequent value; ties broken by the given order. */
export function mostFrequent<T>(values: T[], tieBreak: (a: T, b: T) => number): T | null {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]));
  return sorted[0]?.[0] ?? null;
}

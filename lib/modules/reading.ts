/** Reading time at 200 words a minute, the usual figure for students reading news. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 200));
}

export type ArticlePart = { text: string; sentenceKey: string | null };
export type BlockKind = "paragraph" | "heading" | "list-item";
export type ArticleBlock = { kind: BlockKind; parts: ArticlePart[] };

type SentenceSpan = { key: string; start: number; end: number; kind?: string };

/**
 * Splits an article's text into blocks (on line breaks) and each block into parts that are
 * either a sentence (so that citations can point at it) or the text between sentences. A block
 * whose sentences are all headings (or list items) is one.
 */
export function blocksOf(text: string, sentences: SentenceSpan[]): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  let cursor = 0;
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    if (line.trim() === "") continue;
    const parts: ArticlePart[] = [];
    const kinds = new Set<string>();
    let position = lineStart;
    while (cursor < ordered.length && ordered[cursor]!.start < lineEnd) {
      const sentence = ordered[cursor]!;
      const start = Math.max(sentence.start, lineStart);
      const end = Math.min(sentence.end, lineEnd);
      if (start > position) parts.push({ text: text.slice(position, start), sentenceKey: null });
      parts.push({ text: text.slice(start, end), sentenceKey: sentence.key });
      kinds.add(sentence.kind ?? "body");
      position = end;
      if (sentence.end <= lineEnd) cursor++;
      else break;
    }
    if (position < lineEnd) parts.push({ text: text.slice(position, lineEnd), sentenceKey: null });
    const only = kinds.size === 1 ? [...kinds][0] : undefined;
    const kind: BlockKind = only === "heading" ? "heading" : only === "list-item" ? "list-item" : "paragraph";
    blocks.push({ kind, parts });
  }
  return blocks;
}

/** An imported article's URL, only when it is a plain web address (never javascript: or data:). */
export function safeExternalUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

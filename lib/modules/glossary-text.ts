export type TextPart = { text: string; term?: string };

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Splits text at the first use of each glossary term not yet explained, so the explainer can
 * explain a term where the reader first meets it. `explained` is shared across the page and
 * updated: later uses of a term stay plain text.
 */
export function markFirstUses(text: string, terms: string[], explained: Set<string>): TextPart[] {
  const pending = terms.filter((t) => !explained.has(t)).sort((a, b) => b.length - a.length);
  if (pending.length === 0) return [{ text }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${pending.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const term = match[1]!;
    if (explained.has(term)) continue;
    explained.add(term);
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: term, term });
    last = match.index + term.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

import type { SentenceDraft, Token } from "./types";

// Words that carry no topic: used when comparing sentences and picking key terms.
export const GENERIC_NOUNS = new Set(
  "talks talk side sides official officials country countries region time times way ways week weeks month months year years day days part level levels role roles step steps effort efforts statement statements source sources matter matters issue issues development developments table process round rounds session sessions lot number numbers group groups people person thing things case cases point points area areas world today tomorrow report reports news state states nation nations neighbor neighbors neighbour neighbours party parties member members lineup composition representation team core tone window road balance outcome goal stake stakes move moves hour hours meeting meetings agenda focus focuses timing details detail challenge challenges observers observer mere continuation understanding understandings".split(" "),
);

/** A crude stem that joins "militant", "militants" and "militancy". */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/, "");
  if (w.length <= 4) return w;
  return w.replace(/(ancy|ency|ants|ents|ant|ent)$/, "an").replace(/(?<=\w{3})ed$/, "").replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
}

export function contentTokens(s: SentenceDraft): Token[] {
  return s.tokens.filter((t) => (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ" || t.pos === "VERB") && t.isWord && t.text.length > 2 && !GENERIC_NOUNS.has(t.lower));
}

const stemCache = new WeakMap<SentenceDraft, Set<string>>();

/** Content-word stems of a sentence (cached: several stages compare sentences). */
export function contentStems(s: SentenceDraft): Set<string> {
  let stems = stemCache.get(s);
  if (!stems) {
    stems = new Set(contentTokens(s).map((t) => stem(t.lower)));
    stemCache.set(s, stems);
  }
  return stems;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** Text inside quotation marks is someone's words, not the outlet's statement of fact. */
export function isMostlyQuote(text: string): boolean {
  const quoted = text.match(/["“][^"“”]*["”]/g)?.join("").length ?? 0;
  return quoted > text.length * 0.5 || /^["“]/.test(text.trim());
}

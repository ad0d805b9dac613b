import { countryOf, lookupDemonym } from "./gazetteer";
import type { Claim, Disagreement } from "./schema";
import { GENERIC_NOUNS, isMostlyQuote, stem } from "./text-utils";
import type { ArticleDraft, SentenceDraft, Token } from "./types";
import { byText, sourceOf } from "./util";

// Points where the articles differ. Three kinds, each checked across different articles:
// opposite outcomes (extended vs expired) about the same thing, different numbers for the same
// count, and different actors in the same role (who mediates). A difference in the time of
// writing ("arrived" vs "is expected to arrive") is not an opposite pair, so it is not flagged.

const OPPOSITES: [string[], string[]][] = [
  [["extended", "prolonged"], ["expired", "lapsed", "ended", "collapsed"]],
  [["agreed", "accepted", "approved", "signed"], ["rejected", "refused", "vetoed", "declined"]],
  [["confirmed", "acknowledged"], ["denied"]],
  [["resumed"], ["halted", "suspended", "paused"]],
  [["rose", "increased", "climbed"], ["fell", "decreased", "dropped"]],
  [["released", "freed"], ["detained", "arrested", "held"]],
  [["opened", "reopened"], ["closed", "shut"]],
  [["succeeded"], ["failed"]],
  [["withdrew", "retreated"], ["advanced"]],
  [["lifted"], ["imposed"]],
];
// Case matters: "May 29" in a dateline is no hedge.
const HEDGES = /\b([Ii]f|[Cc]ould|[Ww]ould|[Mm]ight|may|[Ww]hether|expected to|aims? to|seeks? to|hopes? to|includes? extending|[Uu]nless)\b/;
const ACTOR_CUES = /^(mediat\w*|facilitat\w*|brokered|brokering|hosted|hosting|host|guarantors?|backed)$/i;

type Hit = { article: ArticleDraft; sentence: SentenceDraft; clause: string; anchors: Set<string>; word: string };

export function findDisagreements(articles: ArticleDraft[], mainParties: string[]): Disagreement[] {
  const out: Omit<Disagreement, "id">[] = [...oppositeOutcomes(articles), ...differentNumbers(articles), ...differentMeasures(articles), ...differentActors(articles, mainParties)];
  return out.map((d, i) => ({ ...d, id: `d${i + 1}` }));
}

function clauseAround(sentence: SentenceDraft, token: Token): string {
  const text = sentence.text;
  const at = token.start - sentence.start;
  const left = Math.max(text.lastIndexOf(", ", at) + 2, text.lastIndexOf("; ", at) + 2, 0);
  const rightCandidates = [text.indexOf(", ", at), text.indexOf("; ", at)].filter((x) => x >= 0);
  const right = rightCandidates.length ? Math.min(...rightCandidates) : text.length;
  return text.slice(left === 1 ? 0 : left, right).replace(/[.;,]$/, "").trim();
}

function claimOf(article: ArticleDraft, sentence: SentenceDraft, quote: string, claim: string): Claim {
  return { articleId: article.id, outlet: article.outlet, articleTitle: article.title, claim, source: sourceOf(article.id, sentence, quote) };
}

function oppositeOutcomes(articles: ArticleDraft[]): Omit<Disagreement, "id">[] {
  const found: Omit<Disagreement, "id">[] = [];
  for (const [yes, no] of OPPOSITES) {
    const hits = (words: string[]): Hit[] => {
      const out: Hit[] = [];
      for (const article of articles) {
        for (const sentence of article.sentences) {
          if (sentence.kind === "heading" || isMostlyQuote(sentence.text)) continue;
          sentence.tokens.forEach((t, i) => {
            // A verb, not an adjective: "renewed hostilities" is no outcome.
            if (!words.includes(t.lower) || t.pos === "ADJ") return;
            const clause = clauseAround(sentence, t);
            if (HEDGES.test(clause) || /\bnot\b|n't\b|\bnever\b/.test(clause)) return;
            // The thing the outcome is about: nouns near the verb ("the 48-hour ceasefire ... extended").
            const near = sentence.tokens.slice(Math.max(0, i - 12), i + 6).filter((x) => x.pos === "NOUN" && !GENERIC_NOUNS.has(x.lower));
            out.push({ article, sentence, clause, anchors: new Set(near.map((x) => stem(x.lower))), word: t.lower });
          });
        }
      }
      return out;
    };
    const a = hits(yes);
    const b = hits(no);
    for (const anchor of sharedAnchors(a, b)) {
      // An article on both sides is unclear about it, not in disagreement with the others.
      const rawA = firstPerArticle(a.filter((h) => h.anchors.has(anchor)));
      const rawB = firstPerArticle(b.filter((h) => h.anchors.has(anchor)));
      const both = new Set(rawA.map((h) => h.article.id).filter((id) => rawB.some((h) => h.article.id === id)));
      const sideA = rawA.filter((h) => !both.has(h.article.id));
      const sideB = rawB.filter((h) => !both.has(h.article.id));
      if (sideA.length === 0 || sideB.length === 0) continue;
      const noun = anchorWord(sideA[0]!, anchor);
      found.push({
        topic: `The ${noun}: ${passive(sideA[0]!.word)} or ${passive(sideB[0]!.word)}?`,
        kind: "opposite-outcome",
        claims: [
          ...sideA.map((h) => claimOf(h.article, h.sentence, h.clause, `The ${noun} ${passive(h.word)}.`)),
          ...sideB.map((h) => claimOf(h.article, h.sentence, h.clause, `The ${noun} ${passive(h.word)}.`)),
        ],
      });
    }
  }
  return found;
}

// Verbs that happen to their subject ("the ceasefire expired"); the others are done to it.
const INTRANSITIVE = new Set(["expired", "lapsed", "ended", "collapsed", "rose", "fell", "increased", "decreased", "dropped", "climbed", "resumed", "failed", "succeeded", "advanced", "retreated", "withdrew"]);
const passive = (word: string) => (INTRANSITIVE.has(word) ? word : `was ${word}`);

function sharedAnchors(a: Hit[], b: Hit[]): string[] {
  const counts = new Map<string, number>();
  const bArticles = new Map<string, Set<string>>();
  for (const x of b) for (const s of x.anchors) bArticles.set(s, (bArticles.get(s) ?? new Set()).add(x.article.id));
  for (const h of a) {
    for (const s of h.anchors) {
      const ids = bArticles.get(s);
      if (ids && (ids.size > 1 || !ids.has(h.article.id))) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  // One disagreement per opposite pair: the anchor most often shared.
  const best = [...counts.entries()].sort((x, y) => y[1] - x[1] || byText(x[0], y[0]))[0];
  return best ? [best[0]] : [];
}

function anchorWord(hit: Hit, anchor: string): string {
  const tok = hit.sentence.tokens.find((t) => stem(t.lower) === anchor)!;
  // Keep a number-like modifier with it: "48-hour ceasefire".
  const m = new RegExp(`([\\w,]+-\\w+ )?${tok.text}`).exec(hit.sentence.text);
  return (m?.[0] ?? tok.text).toLowerCase();
}

function firstPerArticle(hits: Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((h) => (seen.has(h.article.id) ? false : (seen.add(h.article.id), true)));
}

const COUNT_NOUNS = /^(civilians|people|soldiers|troops|fighters|children|deaths|dead|casualties|refugees|migrants|militants|police|officers|protesters|hostages|prisoners|detainees|residents|villagers|workers|sailors)$/;
const COUNT_VERBS = /\b(killed|dead|died|deaths|wounded|injured|displaced|fled|arrested|detained|kidnapped|abducted|missing|released)\b/i;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, dozen: 12, twenty: 20 };

/** "has killed at least 863 civilians" vs "at least 730 civilians had been killed": one count, two numbers. */
function differentNumbers(articles: ArticleDraft[]): Omit<Disagreement, "id">[] {
  type Count = { article: ArticleDraft; sentence: SentenceDraft; value: number; noun: string; verb: string; quote: string };
  const counts: Count[] = [];
  for (const article of articles) {
    for (const sentence of article.sentences) {
      if (sentence.kind === "heading") continue;
      const verb = COUNT_VERBS.exec(sentence.text)?.[1]?.toLowerCase();
      if (!verb) continue;
      const re = /\b((?:at least|more than|about|nearly|some|over|around) )?(\d{1,3}(?:,\d{3})*|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)((?: [a-z]+)? [a-z]+)\b/gi;
      for (const m0 of sentence.text.matchAll(re)) {
        // The counted noun is the next word or the one after an adjective ("seven Pakistani soldiers").
        const words = m0[3]!.trim().split(" ");
        // Peoples count too: "100,000 ethnic Armenians".
        const nounAt = words.findIndex((w) => COUNT_NOUNS.test(w.toLowerCase()) || (/^\p{Lu}\p{L}+s$/u.test(w) && lookupDemonym(w.slice(0, -1)) !== null));
        if (nounAt < 0) continue;
        const m = [`${m0[1] ?? ""}${m0[2]} ${words.slice(0, nounAt + 1).join(" ")}`, m0[1], m0[2]] as const;
        const raw = m[2]!.toLowerCase();
        const value = NUMBER_WORDS[raw] ?? Number(raw.replace(/,/g, ""));
        if (!Number.isFinite(value) || (value >= 1900 && value <= 2100 && !m[2]!.includes(","))) continue;
        counts.push({ article, sentence, value, noun: words[nounAt]!, verb: verb.replace(/^(dead|died|deaths)$/, "killed"), quote: m[0] });
      }
    }
  }
  const out: Omit<Disagreement, "id">[] = [];
  const groups = new Map<string, Count[]>();
  for (const c of counts) groups.set(`${c.verb}|${c.noun.toLowerCase()}`, [...(groups.get(`${c.verb}|${c.noun.toLowerCase()}`) ?? []), c]);
  for (const [key, group] of [...groups.entries()].sort((a, b) => byText(a[0], b[0]))) {
    const perArticle = firstPerArticle(group.map((c) => ({ ...c, clause: c.quote, anchors: new Set<string>(), word: c.verb }))) as unknown as Count[];
    if (new Set(perArticle.map((c) => c.value)).size < 2) continue;
    const verb = key.split("|")[0]!;
    // "were killed", but "fled": some verbs happen to their subject.
    const phrase = /^(fled|missing)$/.test(verb) ? verb : `were ${verb}`;
    out.push({
      topic: `How many ${perArticle[0]!.noun} ${phrase}?`,
      kind: "different-number",
      claims: perArticle.map((c) => claimOf(c.article, c.sentence, c.quote, `${c.quote.charAt(0).toUpperCase()}${c.quote.slice(1)} ${phrase}.`)),
    });
  }
  return out;
}

const MEASURE = /\b((?:about|some|nearly|around|more than|at least|over|almost) )?(\d[\d,]*(?:\.\d+)?)( (?:thousand|million|billion|trillion))? ((?:cubic |square )?(?:metres|meters|kilometres|kilometers|miles|tonnes|tons|barrels|dollars|euros|percent|litres|liters|hectares|megawatts|gigawatts|acres))\b/gi;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** "holds 41 billion cubic metres" vs "held about 37 billion cubic metres": the same measure of the same thing. */
function differentMeasures(articles: ArticleDraft[]): Omit<Disagreement, "id">[] {
  type Measure = { article: ArticleDraft; sentence: SentenceDraft; value: number; unit: string; quote: string; nouns: Set<string> };
  const found: Measure[] = [];
  for (const article of articles) {
    for (const sentence of article.sentences) {
      if (sentence.kind === "heading") continue;
      for (const m of sentence.text.matchAll(MEASURE)) {
        const unit = m[4]!.toLowerCase();
        const value = Number(m[2]!.replace(/,/g, "")) * (SCALE[(m[3] ?? "").trim().toLowerCase()] ?? 1);
        const nouns = new Set(sentence.tokens.filter((t) => t.pos === "NOUN" && !GENERIC_NOUNS.has(t.lower) && !unit.includes(t.lower)).map((t) => stem(t.lower)));
        found.push({ article, sentence, value, unit, quote: m[0], nouns });
      }
    }
  }
  const out: Omit<Disagreement, "id">[] = [];
  const done = new Set<Measure>();
  for (const a of found) {
    if (done.has(a)) continue;
    // The same unit about the same thing (a shared noun such as "reservoir"), from other articles.
    const same = found.filter((b) => b.unit === a.unit && [...b.nouns].some((n) => a.nouns.has(n)));
    const perArticle = firstPerArticle(same.map((c) => ({ ...c, clause: c.quote, anchors: c.nouns, word: c.unit }))) as unknown as Measure[];
    same.forEach((s) => done.add(s));
    if (perArticle.length < 2 || new Set(perArticle.map((c) => c.value)).size < 2) continue;
    const noun = [...perArticle[0]!.nouns].find((n) => perArticle.every((c) => c.nouns.has(n)));
    out.push({
      topic: `How many ${a.unit}${noun ? ` (${noun})` : ""}?`,
      kind: "different-number",
      claims: perArticle.map((c) => claimOf(c.article, c.sentence, c.quote, `${c.quote.charAt(0).toUpperCase()}${c.quote.slice(1)}.`)),
    });
  }
  return out;
}

/**
 * "Facilitated by Qatar and Saudi Arabia" vs "facilitated by Türkiye and Qatar". An actor is
 * a country named as the doer: before the cue in the same stretch of text ("Qatar is
 * hosting") or after "by" ("brokered by Cuba"); "brokering the U.S.-Taliban talks" names none.
 */
function differentActors(articles: ArticleDraft[], mainParties: string[]): Omit<Disagreement, "id">[] {
  const perArticle: { article: ArticleDraft; actors: Set<string>; sentence: SentenceDraft; clause: string }[] = [];
  for (const article of articles) {
    const actors = new Set<string>();
    let first: { sentence: SentenceDraft; clause: string } | null = null;
    for (const sentence of article.sentences) {
      if (sentence.kind === "heading") continue;
      let from = Infinity;
      let to = -1;
      sentence.tokens.forEach((t, i) => {
        if (!ACTOR_CUES.test(t.text)) return;
        // "backed by Norway" names a backer; "Iran-backed militias" does not.
        const backed = /^backed$/i.test(t.text);
        if (backed && sentence.tokens[i + 1]?.lower !== "by") return;
        const named = actorsAround(sentence, t, !backed).filter((c) => !mainParties.includes(c.country));
        if (named.length === 0) return;
        named.forEach((c) => actors.add(c.country));
        from = Math.min(from, ...named.map((c) => c.at), t.start - sentence.start);
        to = Math.max(to, ...named.map((c) => c.end), t.end - sentence.start);
      });
      if (to >= 0) first ??= { sentence, clause: sentence.text.slice(from, to) };
    }
    if (first && actors.size) perArticle.push({ article, actors, ...first });
  }
  const distinct = new Set(perArticle.map((p) => [...p.actors].sort(byText).join("|")));
  void 0;
  if (perArticle.length < 2 || distinct.size < 2) return [];
  return [
    {
      topic: "Who is mediating or hosting the talks?",
      kind: "different-actors",
      claims: perArticle.map((p) => claimOf(p.article, p.sentence, p.clause, `Names ${listing([...p.actors].sort(byText))} as mediator or host.`)),
    },
  ];
}

const NAME = /\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+)?/gu;

function actorsAround(sentence: SentenceDraft, cue: Token, lookBefore: boolean): { country: string; at: number; end: number }[] {
  const text = sentence.text;
  const cueAt = cue.start - sentence.start;
  const segStart = Math.max(...[/;\s/g, /\s[—–-]\s/g].flatMap((re) => [...text.slice(0, cueAt).matchAll(re)].map((m) => m.index! + m[0].length)), 0);
  const out: { country: string; at: number; end: number }[] = [];
  const take = (slice: string, offset: number) => {
    for (const m of slice.matchAll(NAME)) {
      const c = countryOf(m[0].replace(/[’']s$/, "")) ?? countryOf(m[0].split(" ")[0]!.replace(/[’']s$/, ""));
      if (c) out.push({ country: c.name, at: offset + m.index!, end: offset + m.index! + m[0].length });
    }
  };
  if (lookBefore) take(text.slice(segStart, cueAt), segStart);
  const after = text.slice(cue.end - sentence.start);
  const by = /^\s+by\s+((?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?(?:(?:,\s|,?\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?)*)/u.exec(after);
  if (by) take(by[1]!, cue.end - sentence.start + by[0].length - by[1]!.length);
  return out;
}

const listing = (xs: string[]) => (xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`);

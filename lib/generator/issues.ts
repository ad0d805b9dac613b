import issueData from "./data/issue-terms.json";
import { LEXICON } from "./entities/lexicon";
import type { Issue, Place } from "./schema";
import { GENERIC_NOUNS, isMostlyQuote, stem } from "./text-utils";
import type { ArticleDraft, SentenceDraft } from "./types";
import { byText, compareSources, sourceOf } from "./util";

// Specific issue words ("sovereignty") weigh more than broad ones ("security").
const CORE_CUES = new Set(issueData.core.map((t) => stem(t)));
const BROAD_CUES = new Set(issueData.broad.map((t) => stem(t)));
const SYNONYMS = new Map(Object.entries(issueData.synonyms).map(([from, to]) => [stem(from), stem(to)]));
const cueBonus = (s: string) => (CORE_CUES.has(s) ? 10 : BROAD_CUES.has(s) ? 3 : 0);
const SYNONYM_TARGETS = new Set(Object.values(issueData.synonyms));
// Institutions and units of measure are what an issue is about, not the issue.
const NOT_ISSUES = new Set([...LEXICON.orgHeads, "ministry", "ministries", "metres", "meters", "kilometres", "kilometers", "miles", "percent", "tonnes", "tons", "dollars", "billion", "million", "thousand", "statement", "spokesperson", "spokesman", "minister", "official", "officials", "delegation", "delegations"]);

type Term = { stem: string; forms: Map<string, number>; articles: Set<string>; hits: { article: ArticleDraft; sentence: SentenceDraft }[]; bigrams: Map<string, number> };

/**
 * Key issues: nouns that several articles keep returning to, with a bonus for words that
 * name contested matters in news (sovereignty, ceasefire, sanctions...), plus named borders.
 * Each issue cites sentences from as many different articles as possible.
 */
export function findIssues(articles: ArticleDraft[], places: Place[], max = 7): Issue[] {
  const terms = new Map<string, Term>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      if (sentence.kind === "heading") continue;
      const toks = sentence.tokens;
      toks.forEach((t, i) => {
        if (t.pos !== "NOUN" || t.text.length < 4 || GENERIC_NOUNS.has(t.lower) || NOT_ISSUES.has(t.lower) || !/^\p{Ll}/u.test(t.text)) return;
        const s = SYNONYMS.get(stem(t.lower)) ?? stem(t.lower);
        const term: Term = terms.get(s) ?? { stem: s, forms: new Map(), articles: new Set(), hits: [], bigrams: new Map() };
        term.forms.set(t.lower, (term.forms.get(t.lower) ?? 0) + 1);
        term.articles.add(article.id);
        term.hits.push({ article, sentence });
        const prev = toks[i - 1];
        if (prev && t.spaceBefore && (prev.pos === "ADJ" || prev.pos === "NOUN") && /^\p{Ll}/u.test(prev.text) && prev.text.length > 3 && !GENERIC_NOUNS.has(prev.lower) && !NOT_ISSUES.has(prev.lower)) {
          const bigram = `${prev.lower} ${t.lower}`;
          term.bigrams.set(bigram, (term.bigrams.get(bigram) ?? 0) + 1);
        }
        terms.set(s, term);
      });
    }
  }
  const scored = [...terms.values()]
    .map((t) => ({ t, score: t.articles.size * 2 + Math.min(t.hits.length, 8) * 0.5 + cueBonus(t.stem) }))
    .filter((x) => x.t.articles.size >= 2 || (cueBonus(x.t.stem) > 0 && x.t.hits.length >= 2))
    .sort((a, b) => b.score - a.score || byText(a.t.stem, b.t.stem));
  const issues: Issue[] = [];
  for (const { t } of scored) {
    if (issues.length >= max - 1) break;
    // The issue's own name when a synonym folded into it ("militancy", not "militants").
    const form = [...t.forms.keys()].find((f) => SYNONYM_TARGETS.has(f)) ?? [...t.forms.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]![0];
    const bigram = [...t.bigrams.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]?.[0];
    const title = capitalise(bigram ?? form);
    issues.push({ id: `issue-${t.stem}`, title, terms: [...t.forms.keys()].sort(byText), sources: pickSources(t.hits, form) });
  }
  for (const p of places.filter((pl) => pl.kind === "border")) {
    if (issues.length >= max) break;
    issues.push({ id: `issue-${p.id}`, title: p.name, terms: p.aliases, sources: p.mentions.slice(0, 4).map((m) => ({ ...m })) });
  }
  return issues;
}

function pickSources(hits: Term["hits"], form: string): Issue["sources"] {
  const chosen: Issue["sources"] = [];
  const usedArticles = new Set<string>();
  // First one sentence per article, then more, skipping quotes and headings.
  for (const pass of [0, 1]) {
    for (const h of hits) {
      if (chosen.length >= 4) break;
      if (isMostlyQuote(h.sentence.text) || chosen.some((c) => c.sentenceId === h.sentence.id)) continue;
      if (pass === 0 && usedArticles.has(h.article.id)) continue;
      usedArticles.add(h.article.id);
      chosen.push(sourceOf(h.article.id, h.sentence));
    }
  }
  void form;
  return chosen.sort(compareSources);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

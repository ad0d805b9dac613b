import type { Disagreement, GlossaryEntry, Issue, Organization, Person, Place, Source, TimelineEvent } from "../schema";
import { contentStems, isMostlyQuote, stem } from "../text-utils";
import type { ArticleDraft, SentenceDraft } from "../types";

export type QuestionContext = {
  articles: ArticleDraft[];
  people: Person[];
  organizations: Organization[];
  places: Place[];
  timeline: TimelineEvent[];
  issues: Issue[];
  glossary: GlossaryEntry[];
  disagreements: Disagreement[];
  /** Sentences used as a cloze or true/false statement so far: one question per sentence. */
  usedSentences: Set<string>;
  /** Names already asked about (lower case): the glossary does not ask them again. */
  askedTerms: Set<string>;
};

export function sentenceById(ctx: QuestionContext, id: string): { article: ArticleDraft; sentence: SentenceDraft } {
  const articleId = id.split("-")[0]!;
  const article = ctx.articles.find((a) => a.id === articleId)!;
  return { article, sentence: article.sentences.find((s) => s.id === id)! };
}

export function articleLabel(ctx: QuestionContext, articleId: string): string {
  const a = ctx.articles.find((x) => x.id === articleId)!;
  return a.outlet ? `${a.title} (${a.outlet})` : a.title;
}

export function explain(ctx: QuestionContext, source: Source, lead = "The reports say"): string {
  return `${lead}: “${source.quote}” (${articleLabel(ctx, source.articleId)}).`;
}

export type Fact = { article: ArticleDraft; sentence: SentenceDraft };
const factCache = new WeakMap<QuestionContext, { list: Fact[]; byId: Map<string, Fact> }>();

/** Fact sentences by id, computed once per context (looked up for every entity mention). */
export function factIndex(ctx: QuestionContext): Map<string, Fact> {
  let cached = factCache.get(ctx);
  if (!cached) {
    const list = computeFacts(ctx);
    cached = { list, byId: new Map(list.map((f) => [f.sentence.id, f])) };
    factCache.set(ctx, cached);
  }
  return cached.byId;
}

/** Sentences fit to be stated as fact: body text, not mostly a quote, not disputed, not too long. */
export function factSentences(ctx: QuestionContext): Fact[] {
  factIndex(ctx);
  return factCache.get(ctx)!.list;
}

function computeFacts(ctx: QuestionContext): Fact[] {
  const disputed = new Set(ctx.disagreements.flatMap((d) => d.claims.map((c) => c.source.sentenceId)));
  const out: { article: ArticleDraft; sentence: SentenceDraft }[] = [];
  for (const article of ctx.articles) {
    for (const sentence of article.sentences) {
      if (sentence.kind !== "body" || disputed.has(sentence.id) || isMostlyQuote(sentence.text)) continue;
      if (sentence.text.length < 40 || sentence.text.length > 260 || /[?:]$/.test(sentence.text)) continue;
      out.push({ article, sentence });
    }
  }
  return out;
}

/**
 * True when another sentence could make the distractor right: it names the distractor and
 * shares most of this sentence's content words. Such a distractor is dropped.
 */
export function alsoSupported(ctx: QuestionContext, sentence: SentenceDraft, answer: string, distractor: string): boolean {
  const answerStems = new Set(answer.toLowerCase().split(/\W+/).map(stem));
  const mine = [...contentStems(sentence)].filter((s) => !answerStems.has(s));
  if (mine.length === 0) return false;
  const needle = distractor.toLowerCase();
  for (const article of ctx.articles) {
    for (const other of article.sentences) {
      if (other.id === sentence.id || !other.text.toLowerCase().includes(needle)) continue;
      const theirs = contentStems(other);
      const shared = mine.filter((s) => theirs.has(s)).length;
      if (shared / mine.length >= 0.4) return true;
    }
  }
  return false;
}

export function corpusIncludes(ctx: QuestionContext, text: string): boolean {
  const needle = text.toLowerCase();
  return ctx.articles.some((a) => a.text.toLowerCase().includes(needle));
}

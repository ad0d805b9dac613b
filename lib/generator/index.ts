import { buildGlossary } from "./glossary";
import { findDisagreements } from "./disagreements";
import { extractMentions } from "./entities/extract";
import type { OrgMention, PersonMention, PlaceMention } from "./entities/mentions";
import { GeneratorInputError } from "./errors";
import { countryOf } from "./gazetteer";
import { findIssues } from "./issues";
import { resolveOrganizations } from "./organizations";
import { resolvePeople } from "./people";
import { resolvePlaces } from "./places";
import { prepareArticle } from "./prepare";
import { generateQuestions } from "./questions";
import { readArticleFolder } from "./read-folder";
import type { Article, GeneratorWarning, ParleyModule } from "./schema";
import { buildSummary } from "./summary";
import { buildTimeline } from "./timeline";
import { DEFAULT_LIMITS, type ArticleDraft, type ArticleInput, type GenerateOptions } from "./types";
import { byText } from "./util";

export { GeneratorInputError, isGeneratorInputError } from "./errors";
export { readArticleFolder, decodeArticleFile } from "./read-folder";
export type { ArticleInput, GenerateOptions } from "./types";

/**
 * Articles in, module out. Pure: no clock, no randomness, no I/O; the same inputs give
 * byte-identical JSON. Per-file problems come back in `warnings`; problems with the set as
 * a whole throw GeneratorInputError.
 */
export function generateModule(inputs: ArticleInput[], options: GenerateOptions = {}, inheritedWarnings: GeneratorWarning[] = []): ParleyModule {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (inputs.length === 0) throw new GeneratorInputError(null, "There are no articles to build a module from.");
  if (inputs.length > limits.maxFiles) {
    throw new GeneratorInputError(null, `There are ${inputs.length} articles; a module takes at most ${limits.maxFiles}. Split the set.`);
  }
  const warnings = [...inheritedWarnings];
  const usable = inputs.filter((input) => {
    if (input.text.trim() === "") {
      warnings.push({ file: input.file, message: "The file is empty. The file was skipped." });
      return false;
    }
    if (input.text.length > limits.maxFileBytes) {
      warnings.push({ file: input.file, message: `The article is longer than ${limits.maxFileBytes / 1_000_000} MB of text. The file was skipped.` });
      return false;
    }
    return true;
  });
  if (usable.length === 0) throw new GeneratorInputError(null, "None of the articles has any text.", warnings);

  const drafts = usable.map((input, i) => prepareArticle(input, i, warnings));
  const articles = drafts.filter((a) => a.sentences.length > 0);
  if (articles.length === 0) throw new GeneratorInputError(null, "No article has body text left after removing boilerplate.", warnings);

  const mentions = extractMentions(articles);
  const organizations = resolveOrganizations(mentions.filter((m): m is OrgMention => m.kind === "org"));
  const people = resolvePeople(mentions.filter((m): m is PersonMention => m.kind === "person"), organizations, mainCountryByArticle(mentions, articles));
  const places = resolvePlaces(mentions.filter((m): m is PlaceMention => m.kind === "place"));
  const mainParties = partiesFromTitles(articles, places);
  const timeline = buildTimeline(articles);
  const disagreements = findDisagreements(articles, mainParties);
  const glossary = buildGlossary(articles, organizations, mentions.filter((m): m is OrgMention => m.kind === "org"));
  const issues = findIssues(articles, places);
  const summary = buildSummary(articles, disagreements);
  const questions = generateQuestions(
    { articles, people, organizations, places, timeline, issues, glossary, disagreements, usedSentences: new Set(), askedTerms: new Set() },
    options.maxQuestions ?? 30,
  );
  return {
    formatVersion: 1,
    title: moduleTitle(articles),
    articles: articles.map(toArticle),
    summary,
    people,
    organizations,
    places,
    timeline,
    issues,
    glossary,
    disagreements,
    questions,
    warnings,
  };
}

/** Reads a folder (see readArticleFolder) and generates its module, keeping the read warnings. */
export function generateModuleFromFolder(dir: string, options: GenerateOptions = {}): ParleyModule {
  const { inputs, warnings } = readArticleFolder(dir, options.limits);
  return generateModule(inputs, options, warnings);
}

/**
 * The parties: countries named (or named by demonym) in at least half of the headlines, so a
 * mediator named in the text is not mistaken for one. Without headlines, the country named most.
 */
function partiesFromTitles(articles: ArticleDraft[], places: ReturnType<typeof resolvePlaces>): string[] {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const named = new Set((a.title.match(/\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?/gu) ?? []).flatMap((w) => [countryOf(w), countryOf(w.split(" ")[0]!)]).filter((c) => c !== null).map((c) => c.name));
    for (const c of named) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const parties = [...counts.entries()].filter(([, n]) => n * 2 >= articles.length).map(([c]) => c).sort(byText);
  if (parties.length > 0) return parties;
  const top = places.find((p) => p.kind === "country");
  return top ? [top.name] : [];
}

/** The country an article's headline names first, else the one it names most: a last resort for a person's side. */
function mainCountryByArticle(mentions: ReturnType<typeof extractMentions>, articles: ArticleDraft[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    if (m.kind !== "place" || m.entry?.kind !== "country") continue;
    const perArticle = counts.get(m.articleId) ?? new Map<string, number>();
    perArticle.set(m.entry.name, (perArticle.get(m.entry.name) ?? 0) + 1);
    counts.set(m.articleId, perArticle);
  }
  const out = new Map<string, string>();
  for (const a of articles) {
    const inTitle = (a.title.match(/\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?/gu) ?? []).map((w) => countryOf(w) ?? countryOf(w.split(" ")[0]!)).find((c) => c !== null);
    if (inTitle) out.set(a.id, inTitle.name);
  }
  for (const [articleId, perArticle] of counts) {
    if (out.has(articleId)) continue;
    const best = [...perArticle.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0];
    if (best) out.set(articleId, best[0]);
  }
  return out;
}

function toArticle(a: ArticleDraft): Article {
  return {
    id: a.id,
    file: a.file,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    date: a.date,
    metadataFrom: a.metadataFrom,
    dateline: a.dateline,
    text: a.text,
    removed: a.removed,
    sentences: a.sentences.map(({ id, text, start, end, kind }) => ({ id, text, start, end, kind })),
  };
}

/** The headline that shares the most words with the other headlines. */
function moduleTitle(articles: ArticleDraft[]): string {
  const words = (t: string) => new Set(t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3));
  const titled = articles.filter((a) => !a.title.endsWith("…"));
  const pool = titled.length ? titled : articles;
  const scored = pool.map((a) => {
    const mine = words(a.title);
    let score = 0;
    for (const other of pool) if (other !== a) for (const w of words(other.title)) if (mine.has(w)) score++;
    return { title: a.title, score };
  });
  scored.sort((x, y) => y.score - x.score || byText(x.title, y.title));
  return scored[0]!.title;
}

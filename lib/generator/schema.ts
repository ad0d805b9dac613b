import { z } from "zod";

// The module JSON is the contract between the generator, the importer and the app.
// Every type used outside the generator is inferred from these schemas, so the importer
// can validate a module file with `ModuleSchema.parse` and nothing drifts.

/** A citation: `quote` is a verbatim substring of the article's cleaned text, inside the sentence. */
export const SourceSchema = z.object({
  articleId: z.string(),
  sentenceId: z.string(),
  quote: z.string().min(1),
});

export const SentenceSchema = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** "body" sentences may be quoted as fact; headings (section titles, decks) may not. */
  kind: z.enum(["body", "heading", "list-item"]),
});

export const RemovedLineSchema = z.object({
  text: z.string(),
  reason: z.enum([
    "social-link",
    "share-prompt",
    "read-time",
    "byline",
    "author-bio",
    "photo-credit",
    "caption",
    "read-more",
    "comments",
    "repeated-headline",
    "navigation",
    "markup",
    "url",
    "timestamp",
  ]),
});

export const ArticleSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) from the header block, or null: never invented. */
  date: z.string().nullable(),
  /** Where the metadata came from, so a teacher can see what was inferred. */
  metadataFrom: z.object({
    title: z.enum(["header", "first-line", "file-name"]),
    outlet: z.enum(["header", "url", "dateline", "none"]),
    date: z.enum(["header", "text", "none"]),
  }),
  dateline: z.string().nullable(),
  text: z.string(),
  removed: z.array(RemovedLineSchema),
  sentences: z.array(SentenceSchema),
});

export const SideSchema = z.string().nullable();

export const PersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string().nullable(),
  /** Every role phrase seen, each with its source, so a reader can check it. */
  roles: z.array(z.object({ text: z.string(), source: SourceSchema })),
  side: SideSchema,
  mentions: z.array(SourceSchema),
});

export const OrganizationSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  acronym: z.string().nullable(),
  /** The long form, only when the articles spell it out ("Tehreek-e-Taliban Pakistan (TTP)"). */
  expansion: z.string().nullable(),
  country: z.string().nullable(),
  mentions: z.array(SourceSchema),
});

export const PlaceSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: z.enum(["country", "capital", "city", "region", "border", "sea", "waterway", "continent", "unknown"]),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  mentions: z.array(SourceSchema),
});

export const TimelineEventSchema = z.object({
  id: z.string(),
  /** The date expression as written ("late Friday", "October 19", "2020–2021"). */
  when: z.string(),
  /** ISO date, month (YYYY-MM) or year (YYYY) when it can be pinned; else null. */
  date: z.string().nullable(),
  /** "absolute": pinned; "partial": month/day without a year; "relative": as written only. */
  precision: z.enum(["day", "month", "year", "range", "partial", "relative"]),
  event: z.string(),
  source: SourceSchema,
  alsoReportedBy: z.array(SourceSchema),
});

export const IssueSchema = z.object({
  id: z.string(),
  title: z.string(),
  terms: z.array(z.string()),
  sources: z.array(SourceSchema),
});

export const GlossaryEntrySchema = z.object({
  term: z.string(),
  definition: z.string(),
  source: SourceSchema,
});

export const ClaimSchema = z.object({
  articleId: z.string(),
  outlet: z.string().nullable(),
  articleTitle: z.string(),
  claim: z.string(),
  source: SourceSchema,
});

export const DisagreementSchema = z.object({
  id: z.string(),
  topic: z.string(),
  kind: z.enum(["opposite-outcome", "different-number", "different-actors"]),
  claims: z.array(ClaimSchema).min(2),
});

export const ChoiceSchema = z.object({ id: z.string(), text: z.string() });

export const QuestionTopicSchema = z.enum([
  "people",
  "organizations",
  "places",
  "timeline",
  "numbers",
  "issues",
  "glossary",
  "disagreements",
]);

const questionBase = {
  id: z.string(),
  topic: QuestionTopicSchema,
  prompt: z.string(),
  explanation: z.string(),
  source: SourceSchema,
  /** Further citations (e.g. each side of a disagreement). */
  sources: z.array(SourceSchema),
};

// Public fields (prompt, choices/items/pairs) and secret fields (answer, explanation) are
// kept apart by `toPublicQuestion` in public-question.ts: answers never reach the browser early.
export const QuestionSchema = z.discriminatedUnion("type", [
  z.object({ ...questionBase, type: z.literal("single"), choices: z.array(ChoiceSchema).min(2), answer: z.object({ choiceId: z.string() }) }),
  z.object({ ...questionBase, type: z.literal("multi"), choices: z.array(ChoiceSchema).min(3), answer: z.object({ choiceIds: z.array(z.string()).min(1) }) }),
  z.object({ ...questionBase, type: z.literal("true_false"), choices: z.array(ChoiceSchema).length(2), answer: z.object({ choiceId: z.enum(["true", "false"]) }) }),
  z.object({ ...questionBase, type: z.literal("cloze"), choices: z.array(ChoiceSchema).min(2), answer: z.object({ choiceId: z.string(), text: z.string() }) }),
  z.object({ ...questionBase, type: z.literal("order"), items: z.array(ChoiceSchema).min(3), answer: z.object({ order: z.array(z.string()) }) }),
  z.object({
    ...questionBase,
    type: z.literal("match"),
    pairs: z.object({ left: z.array(ChoiceSchema).min(3), right: z.array(ChoiceSchema).min(3) }),
    answer: z.object({ pairs: z.array(z.object({ left: z.string(), right: z.string() })) }),
  }),
]);

export const WarningSchema = z.object({ file: z.string().nullable(), message: z.string() });

export const ModuleSchema = z.object({
  formatVersion: z.literal(1),
  title: z.string(),
  articles: z.array(ArticleSchema).min(1),
  summary: z.array(z.object({ text: z.string(), source: SourceSchema })),
  people: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema),
  places: z.array(PlaceSchema),
  timeline: z.array(TimelineEventSchema),
  issues: z.array(IssueSchema),
  glossary: z.array(GlossaryEntrySchema),
  disagreements: z.array(DisagreementSchema),
  questions: z.array(QuestionSchema),
  warnings: z.array(WarningSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type RemovedLine = z.infer<typeof RemovedLineSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type PlaceKind = Place["kind"];
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;
export type Issue = z.infer<typeof IssueSchema>;
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Disagreement = z.infer<typeof DisagreementSchema>;
export type Choice = z.infer<typeof ChoiceSchema>;
export type QuestionTopic = z.infer<typeof QuestionTopicSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type GeneratorWarning = z.infer<typeof WarningSchema>;
export type ParleyModule = z.infer<typeof ModuleSchema>;

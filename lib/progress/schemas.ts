import { z } from "zod";

/** The parts of a module a reader can finish: an explainer section or an article. */
export const EXPLAINER_SECTION_IDS = [
  "overview",
  "people",
  "timeline",
  "map",
  "issues",
  "disagreements",
  "glossary",
  "sources",
] as const;
export type ExplainerSectionId = (typeof EXPLAINER_SECTION_IDS)[number];

export const readingLocationSchema = z.union([
  z.templateLiteral(["section:", z.enum(EXPLAINER_SECTION_IDS)]),
  z.templateLiteral(["article:", z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)]),
]);
export type ReadingLocation = z.infer<typeof readingLocationSchema>;

export const recordReadingSchema = z.object({ location: readingLocationSchema }).strict();

export const moduleSlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(100);

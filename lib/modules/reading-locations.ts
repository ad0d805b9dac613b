import { isMappable } from "@/lib/map/build-map";
import type { ExplainerSections } from "@/lib/modules/explainer";
import type { ExplainerSectionId } from "@/lib/progress/schemas";

export type ReadingLocationItem = { id: string; label: string; href: string };

export const SECTION_TITLES: Record<ExplainerSectionId, string> = {
  overview: "Overview",
  people: "Who's who",
  timeline: "Timeline",
  map: "Map",
  issues: "Key issues",
  disagreements: "Where the sources differ",
  glossary: "Glossary",
  sources: "Sources",
};

/** Which explainer sections have something to show (an empty one is not rendered). */
export function visibleSections(sections: ExplainerSections): ExplainerSectionId[] {
  const present: Record<ExplainerSectionId, boolean> = {
    overview: sections.summary.length > 0,
    people: sections.people.length > 0,
    timeline: sections.timeline.length > 0,
    map: isMappable(sections.places),
    issues: sections.issues.length > 0,
    disagreements: sections.disagreements.length > 0,
    glossary: sections.glossary.length > 0,
    sources: true,
  };
  return (Object.keys(present) as ExplainerSectionId[]).filter((id) => present[id]);
}

/** Every part of a module a reader can finish, in page order: its sections, then its articles. */
export function readingLocationsOf(
  /** Where the module is read (lib/modules/paths.ts moduleBasePath). */
  basePath: string,
  sections: ExplainerSections,
  articles: { key: string; title: string }[],
): ReadingLocationItem[] {
  return [
    ...visibleSections(sections).map((id) => ({
      id: `section:${id}`,
      label: SECTION_TITLES[id],
      href: `${basePath}#${id}`,
    })),
    ...articles.map((a) => ({
      id: `article:${a.key}`,
      label: a.title,
      href: `${basePath}/articles/${a.key}`,
    })),
  ];
}

// `server-only`: lib/map bundles the 750 kB atlas, which must never reach a client bundle.
import "server-only";
import type { SourceIndex } from "@/components/explainer/citation";
import { DisagreementsSection } from "@/components/explainer/disagreements-section";
import { GlossarySection } from "@/components/explainer/glossary-section";
import type { GlossaryContext } from "@/components/explainer/glossary-text";
import { IssuesSection } from "@/components/explainer/issues-section";
import { ModuleMap } from "@/components/explainer/module-map";
import { OverviewSection } from "@/components/explainer/overview-section";
import { PeopleSection } from "@/components/explainer/people-section";
import { ExplainerSection } from "@/components/explainer/section";
import { SectionNav } from "@/components/explainer/section-nav";
import { SourcesSection } from "@/components/explainer/sources-section";
import { TimelineSection } from "@/components/explainer/timeline-section";
import { buildModuleMap } from "@/lib/map";
import type { ModuleExplainer as ExplainerData } from "@/lib/modules/explainer";
import { visibleSections } from "@/lib/modules/reading-locations";

type Props = {
  mod: Pick<ExplainerData, "title" | "articles" | "questionCount" | "sections">;
  /**
   * Where this explainer is served, e.g. "/modules/<slug>". Citations, articles, the quiz and
   * the map's picture are addressed under it (`/articles/<id>`, `/quiz`, `/map.svg`), so the
   * same explainer can be shown from another place with its own routes.
   */
  basePath: string;
  /** The quiz's address: /modules/<slug>/quiz for every module (it is always per reader). */
  quizPath: string;
  /** The reader's own part (progress), rendered in the header; the page decides what it is. */
  progress?: React.ReactNode;
  /** A line above the introduction, e.g. "this is a preview" for the module's author. */
  notice?: React.ReactNode;
};

/** The whole explainer of a module, from its heading to its sources. */
export function ModuleExplainer({ mod, basePath, quizPath, progress, notice }: Props) {
  const { sections } = mod;
  const index: SourceIndex = {
    basePath,
    articles: new Map(mod.articles.map((a, i) => [a.key, { number: i + 1, outlet: a.outlet }])),
  };
  const glossary: GlossaryContext = {
    definitions: new Map(sections.glossary.map((g) => [g.term, g.definition])),
    explained: new Set(),
  };
  const map = buildModuleMap(sections.places);

  return (
    <article className="space-y-10">
      <header className="space-y-4">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">Explainer</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{mod.title}</h1>
        {notice}
        <p className="lede">
          Built from {mod.articles.length} news reports. Every statement links to the sentence it comes
          from: select a number in brackets to read it in its article.
        </p>
        {mod.questionCount > 0 ? (
          <a href={quizPath} className="inline-block rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
            Take the quiz ({mod.questionCount} questions)
          </a>
        ) : null}
        {progress}
        <SectionNav sections={visibleSections(sections)} />
      </header>

      <OverviewSection summary={sections.summary} index={index} glossary={glossary} />
      <PeopleSection people={sections.people} index={index} glossary={glossary} />
      <TimelineSection timeline={sections.timeline} index={index} glossary={glossary} />
      {map ? (
        <ExplainerSection id="map" title="Map">
          <ModuleMap map={map} src={`${basePath}/map.svg`} headingId="map-heading" />
        </ExplainerSection>
      ) : null}
      <IssuesSection issues={sections.issues} index={index} />
      <DisagreementsSection disagreements={sections.disagreements} index={index} />
      <GlossarySection glossary={sections.glossary} index={index} />
      <SourcesSection basePath={basePath} articles={mod.articles} />
    </article>
  );
}

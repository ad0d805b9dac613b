import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SourceIndex } from "@/components/explainer/citation";
import { DisagreementsSection } from "@/components/explainer/disagreements-section";
import { GlossarySection } from "@/components/explainer/glossary-section";
import type { GlossaryContext } from "@/components/explainer/glossary-text";
import { IssuesSection } from "@/components/explainer/issues-section";
import { ModuleMap } from "@/components/explainer/module-map";
import { OverviewSection } from "@/components/explainer/overview-section";
import { ExplainerSection } from "@/components/explainer/section";
import { PeopleSection } from "@/components/explainer/people-section";
import { SectionNav } from "@/components/explainer/section-nav";
import { SourcesSection } from "@/components/explainer/sources-section";
import { TimelineSection } from "@/components/explainer/timeline-section";
import { ReadingTracker } from "@/components/progress/reading-tracker";
import { isMappable } from "@/lib/map/build-map";
import { getModuleExplainer } from "@/lib/modules/explainer";
import { listPublicModules } from "@/lib/modules/queries";
import { readingLocationsOf, visibleSections } from "@/lib/modules/reading-locations";

// Prerendered and shared by every visitor; the reader's own progress is filled in by the browser.
export const revalidate = 300;

export async function generateStaticParams() {
  return (await listPublicModules()).map((m) => ({ slug: m.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const mod = await getModuleExplainer((await params).slug);
  if (!mod) return { title: "Module not found" };
  return {
    title: mod.title,
    description: mod.sections.summary[0]?.text ?? `An explainer built from ${mod.articles.length} news reports.`,
  };
}

export default async function ModulePage({ params }: Props) {
  const mod = await getModuleExplainer((await params).slug);
  if (!mod) notFound();
  const { sections } = mod;

  const index: SourceIndex = {
    slug: mod.slug,
    articles: new Map(mod.articles.map((a, i) => [a.key, { number: i + 1, outlet: a.outlet }])),
  };
  const glossary: GlossaryContext = {
    definitions: new Map(sections.glossary.map((g) => [g.term, g.definition])),
    explained: new Set(),
  };

  return (
    <article className="space-y-10">
      <header className="space-y-4">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">Explainer</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{mod.title}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Built from {mod.articles.length} news reports. Every statement links to the sentence it comes
          from: select a number in brackets to read it in its article.
        </p>
        {mod.questionCount > 0 ? (
          <a href={`/modules/${mod.slug}/quiz`} className="inline-block rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
            Take the quiz ({mod.questionCount} questions)
          </a>
        ) : null}
        <ReadingTracker slug={mod.slug} locations={readingLocationsOf(mod.slug, sections, mod.articles)} />
        <SectionNav sections={visibleSections(sections)} />
      </header>

      <OverviewSection summary={sections.summary} index={index} glossary={glossary} />
      <PeopleSection people={sections.people} index={index} glossary={glossary} />
      <TimelineSection timeline={sections.timeline} index={index} glossary={glossary} />
      {isMappable(sections.places) ? (
        <ExplainerSection id="map" title="Map">
          <ModuleMap places={sections.places} headingId="map-heading" />
        </ExplainerSection>
      ) : null}
      <IssuesSection issues={sections.issues} index={index} />
      <DisagreementsSection disagreements={sections.disagreements} index={index} />
      <GlossarySection glossary={sections.glossary} index={index} />
      <SourcesSection slug={mod.slug} articles={mod.articles} />
    </article>
  );
}

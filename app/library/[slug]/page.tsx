import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import type { SourceIndex } from "@/components/explainer/citation";
import { DisagreementsSection } from "@/components/explainer/disagreements-section";
import { GlossarySection } from "@/components/explainer/glossary-section";
import type { GlossaryContext } from "@/components/explainer/glossary-text";
import { IssuesSection } from "@/components/explainer/issues-section";
import { OverviewSection } from "@/components/explainer/overview-section";
import { PeopleSection } from "@/components/explainer/people-section";
import { SectionNav } from "@/components/explainer/section-nav";
import { SourcesSection } from "@/components/explainer/sources-section";
import { TimelineSection } from "@/components/explainer/timeline-section";
import { requireUser } from "@/lib/auth/session";
import { getReadableModuleExplainer } from "@/lib/modules/explainer";
import { moduleBasePath } from "@/lib/modules/paths";
import { visibleSections } from "@/lib/modules/reading-locations";

// Per request: who may read a teacher's module is checked on every visit (readableModuleWhere).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Explainer" };

export default async function LibraryModulePage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/library/${slug}`);
  const mod = await getReadableModuleExplainer(slug, user.id);
  if (!mod) notFound();
  // A public module is read at its shared, prerendered address.
  if (mod.ownerId === null) redirect(moduleBasePath(mod));
  const { sections } = mod;

  // The same composition as the public page (app/modules/[slug]/page.tsx), without the map and
  // the reading tracker in this first version.
  const index: SourceIndex = {
    slug: mod.slug,
    articles: new Map(mod.articles.map((a, i) => [a.key, { number: i + 1, outlet: a.outlet }])),
  };
  const glossary: GlossaryContext = {
    definitions: new Map(sections.glossary.map((g) => [g.term, g.definition])),
    explained: new Set(),
  };
  const isOwner = mod.ownerId === user.id;

  return (
    <article className="space-y-10">
      <header className="space-y-4">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">Explainer</p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{mod.title}</h1>
        {isOwner ? (
          <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            Preview of your module as students will read it.{" "}
            <Link href={`/teach/modules/${mod.id}`} className="font-medium underline underline-offset-4">
              Back to the review
            </Link>
          </p>
        ) : null}
        <p className="text-slate-700 dark:text-slate-300">
          Built from {mod.articles.length} articles. Every statement links to the sentence it comes from: select a
          number in brackets to read it in its article.
        </p>
        {mod.questionCount > 0 ? (
          <a href={`/modules/${mod.slug}/quiz`} className="inline-block rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
            Take the quiz ({mod.questionCount} questions)
          </a>
        ) : null}
        <SectionNav sections={visibleSections(sections)} />
      </header>

      <OverviewSection summary={sections.summary} index={index} glossary={glossary} />
      <PeopleSection people={sections.people} index={index} glossary={glossary} />
      <TimelineSection timeline={sections.timeline} index={index} glossary={glossary} />
      <IssuesSection issues={sections.issues} index={index} />
      <DisagreementsSection disagreements={sections.disagreements} index={index} />
      <GlossarySection glossary={sections.glossary} index={index} />
      <SourcesSection slug={mod.slug} articles={mod.articles} />
    </article>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ModuleExplainer } from "@/components/explainer/module-explainer";
import { ReadingTracker } from "@/components/progress/reading-tracker";
import { getModuleExplainer } from "@/lib/modules/explainer";
import { moduleBasePath } from "@/lib/modules/paths";
import { listPublicModules } from "@/lib/modules/queries";
import { readingLocationsOf } from "@/lib/modules/reading-locations";

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
  const basePath = moduleBasePath({ slug: mod.slug, ownerId: null });
  return (
    <ModuleExplainer
      mod={mod}
      basePath={basePath}
      quizPath={`${basePath}/quiz`}
      progress={
        <ReadingTracker slug={mod.slug} basePath={basePath} locations={readingLocationsOf(basePath, mod.sections, mod.articles)} />
      }
    />
  );
}

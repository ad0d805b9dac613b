import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ModuleExplainer } from "@/components/explainer/module-explainer";
import { ReadingTracker } from "@/components/progress/reading-tracker";
import { requireUser } from "@/lib/auth/session";
import { getReadableModuleExplainer } from "@/lib/modules/explainer";
import { moduleBasePath, quizPath } from "@/lib/modules/paths";
import { readingLocationsOf } from "@/lib/modules/reading-locations";

// Per request: who may read a teacher's module is checked on every visit (readableModuleWhere).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Explainer" };

export default async function LibraryModulePage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/library/${slug}`);
  const mod = await getReadableModuleExplainer(slug, user.id);
  if (!mod) notFound();
  const basePath = moduleBasePath(mod);
  // A public module is read at its shared, prerendered address.
  if (mod.ownerId === null) redirect(basePath);

  const notice =
    mod.ownerId === user.id ? (
      <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
        Preview of your module as students will read it.{" "}
        <Link href={`/teach/modules/${mod.id}`} className="font-medium underline underline-offset-4">
          Back to the review
        </Link>
      </p>
    ) : null;
  return (
    <ModuleExplainer
      mod={mod}
      basePath={basePath}
      quizPath={quizPath(mod.slug)}
      notice={notice}
      progress={<ReadingTracker slug={mod.slug} basePath={basePath} locations={readingLocationsOf(basePath, mod.sections, mod.articles)} />}
    />
  );
}

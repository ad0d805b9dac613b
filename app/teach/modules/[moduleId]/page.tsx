import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { secondaryButtonClass } from "@/components/authoring/edit-status";
import { GeneratorReportPanel } from "@/components/authoring/generator-report";
import { QuestionList } from "@/components/authoring/question-list";
import { RegenerateForm } from "@/components/authoring/regenerate-form";
import { SectionEditors } from "@/components/authoring/section-editors";
import { primaryButtonClass } from "@/components/form-field";
import { requireTeacher } from "@/lib/auth/session";
import { publishModuleAction, unpublishModuleAction } from "@/lib/authoring/actions";
import { getModuleReview } from "@/lib/authoring/queries";
import { moduleBasePath } from "@/lib/modules/paths";

export const metadata: Metadata = { title: "Review module" };

type Props = { params: Promise<{ moduleId: string }> };

export default async function ModuleReviewPage({ params }: Props) {
  const { moduleId } = await params;
  const teacher = await requireTeacher(`/teach/modules/${moduleId}`);
  // Owner-scoped: another teacher's module id finds nothing, like an id that does not exist.
  const review = await getModuleReview(moduleId, teacher.id);
  if (!review) notFound();
  const published = review.status === "PUBLISHED";

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/teach/modules" className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
            Your modules
          </Link>
        </nav>
        <h1 className="text-3xl font-bold tracking-tight">{review.version.title}</h1>
        <p>
          <span className="font-medium">{published ? "Published" : "Draft"}</span> · version {review.version.number} ·{" "}
          {review.articles.length} articles ·{" "}
          <Link href={moduleBasePath(review)} className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
            Preview as students see it
          </Link>
        </p>
        {review.unpublishedChanges ? (
          <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            Students still read the previously published version. Publish to show them this one.
          </p>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {!published || review.unpublishedChanges ? (
            <form action={publishModuleAction}>
              <input type="hidden" name="moduleId" value={review.id} />
              <button type="submit" className={`${primaryButtonClass} sm:w-auto`}>
                Publish
              </button>
            </form>
          ) : null}
          {published ? (
            <form action={unpublishModuleAction}>
              <input type="hidden" name="moduleId" value={review.id} />
              <button type="submit" className={secondaryButtonClass}>
                Unpublish
              </button>
            </form>
          ) : null}
        </div>
        {published ? <p className="text-sm">Published modules can be assigned to your classes.</p> : null}
      </header>

      <GeneratorReportPanel report={review.report} />
      <QuestionList moduleId={review.id} questions={review.questions} />
      <SectionEditors moduleId={review.id} sections={review.sections} />

      <section aria-labelledby="regenerate-heading" className="space-y-3">
        <h2 id="regenerate-heading" className="text-2xl font-semibold tracking-tight">
          Regenerate
        </h2>
        <p className="text-slate-700 dark:text-slate-300">
          Runs the generator again on this module&apos;s articles (and any files you add) as a new version. Your
          edits and removals are carried over; any that no longer fit are listed in the report above.
        </p>
        <RegenerateForm moduleId={review.id} />
      </section>
    </div>
  );
}

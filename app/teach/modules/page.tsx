import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { requireTeacher } from "@/lib/auth/session";
import { listTeacherModules } from "@/lib/authoring/queries";

export const metadata: Metadata = { title: "Your modules" };

const STATUS_LABELS = { DRAFT: "Draft", PUBLISHED: "Published", ARCHIVED: "Archived" } as const;

export default async function TeacherModulesPage() {
  const teacher = await requireTeacher("/teach/modules");
  const modules = await listTeacherModules(teacher.id);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold tracking-tight">Your modules</h1>
        <Link href="/teach/modules/new" className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
          New module
        </Link>
      </div>
      {modules.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">
          You have not built a module yet. Upload or paste your own articles and Parley drafts an explainer and a quiz
          for you to review.
        </p>
      ) : (
        <DataTable
          caption="Modules you built"
          hideCaption
          columns={[{ label: "Title" }, { label: "Status" }, { label: "Updated" }, { label: "Articles", numeric: true }, { label: "Questions", numeric: true }]}
          rows={modules.map((m) => ({
            key: m.id,
            cells: [
              <Link key="title" href={`/teach/modules/${m.id}`} className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
                {m.title}
              </Link>,
              STATUS_LABELS[m.status],
              <time key="updated" dateTime={m.updatedAt.toISOString()}>
                {m.updatedAt.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })}
              </time>,
              m.articleCount,
              m.questionCount,
            ],
          }))}
        />
      )}
    </div>
  );
}

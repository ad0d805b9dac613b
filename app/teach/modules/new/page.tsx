import type { Metadata } from "next";
import Link from "next/link";
import { NewModuleForm } from "@/components/authoring/new-module-form";
import { requireTeacher } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New module" };

export default async function NewModulePage() {
  await requireTeacher("/teach/modules/new");
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/teach/modules" className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
          Your modules
        </Link>
      </nav>
      <h1 className="text-3xl font-bold tracking-tight">New module</h1>
      <p className="text-slate-700 dark:text-slate-300">
        Upload your articles as .txt or .md files (up to 50 files, 1 MB each), paste them, or both. Parley drafts an
        explainer and a quiz; nothing is shown to students until you review and publish it.
      </p>
      <NewModuleForm />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/classes/action-button";
import { ClassNameForm } from "@/components/classes/class-name-form";
import { linkClass } from "@/components/classes/form-status";
import { DataTable } from "@/components/data-table";
import { requireTeacher } from "@/lib/auth/session";
import { createClassAction, unarchiveClassAction } from "@/lib/classes/actions";
import { listTeacherClasses } from "@/lib/classes/queries";

export const metadata: Metadata = { title: "Teaching" };

export default async function TeachPage() {
  const teacher = await requireTeacher("/teach");
  const { active, archived } = await listTeacherClasses(teacher.id);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Teaching</h1>
        <p>
          Your classes and their join codes.{" "}
          <Link href="/teach/modules" className={linkClass}>
            Your modules
          </Link>
        </p>
      </header>

      <section aria-labelledby="classes-heading" className="space-y-3">
        <h2 id="classes-heading" className="text-xl font-semibold">
          Your classes
        </h2>
        {active.length === 0 ? (
          <p>No classes yet. Create your first one below.</p>
        ) : (
          <DataTable
            caption="Your classes"
            hideCaption
            columns={[{ label: "Class" }, { label: "Students", numeric: true }, { label: "Join code" }]}
            rows={active.map((c) => ({
              key: c.id,
              cells: [
                <Link key="name" href={`/teach/classes/${c.id}`} className={linkClass}>
                  {c.name}
                </Link>,
                c.studentCount,
                <span key="code" className="font-mono tracking-widest">{c.joinCode}</span>,
              ],
            }))}
          />
        )}
      </section>

      <section aria-labelledby="create-heading" className="max-w-md space-y-3">
        <h2 id="create-heading" className="text-xl font-semibold">
          Create a class
        </h2>
        <ClassNameForm action={createClassAction} label="Class name" submitLabel="Create class" pendingLabel="Creating…" />
      </section>

      {archived.length > 0 ? (
        <section aria-labelledby="archived-heading" className="space-y-3">
          <h2 id="archived-heading" className="text-xl font-semibold">
            Archived classes
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Hidden from their students; their join codes do not work until you restore them.
          </p>
          <ul className="space-y-3">
            {archived.map((c) => (
              <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 rounded border border-slate-200 p-3 dark:border-slate-700">
                <span>
                  <Link href={`/teach/classes/${c.id}/settings`} className={linkClass}>
                    {c.name}
                  </Link>{" "}
                  <span className="text-sm text-slate-700 dark:text-slate-300">
                    ({c.studentCount} {c.studentCount === 1 ? "student" : "students"})
                  </span>
                </span>
                <ActionButton
                  action={unarchiveClassAction}
                  fields={{ classId: c.id }}
                  label={`Restore ${c.name}`}
                  pendingLabel="Restoring…"
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

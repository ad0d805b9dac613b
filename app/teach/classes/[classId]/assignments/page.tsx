import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignForm } from "@/components/assignments/assign-form";
import { AssignmentCard } from "@/components/assignments/assignment-card";
import { linkClass } from "@/components/assignments/form-status";
import { findOwnedClass } from "@/lib/assignments/access";
import { assignModule, changeDueDate, extendDueDate, removeExtension } from "@/lib/assignments/actions";
import { listAssignableModules, listClassAssignments, listClassStudents } from "@/lib/assignments/queries";
import { requireTeacher } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Assignments" };

type Props = {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ unassigned?: string }>;
};

export default async function AssignmentsPage({ params, searchParams }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teach/classes/${classId}/assignments`);
  const cls = await findOwnedClass(teacher.id, classId);
  if (!cls) notFound();
  const [assignments, modules, students, { unassigned }] = await Promise.all([
    listClassAssignments(teacher.id, cls.id),
    listAssignableModules(teacher.id),
    listClassStudents(teacher.id, cls.id),
    searchParams,
  ]);
  const assigned = new Set(assignments.map((a) => a.module.id));
  const available = modules
    .filter((m) => !assigned.has(m.id))
    .map((m) => ({ id: m.id, title: m.title, mine: m.ownerId === teacher.id }));
  const now = new Date();

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h2 className="text-2xl font-bold">Assignments</h2>
        <p>
          <Link href={`/teach/classes/${cls.id}`} className={linkClass}>
            Class progress
          </Link>
        </p>
      </header>
      {unassigned ? (
        <p role="status" className="font-medium text-green-800 dark:text-green-300">
          The module was unassigned.
        </p>
      ) : null}
      <section aria-labelledby="assign-heading" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
        <h3 id="assign-heading" className="text-xl font-semibold">
          Assign a module
        </h3>
        <AssignForm action={assignModule.bind(null, cls.id)} modules={available} />
      </section>
      <section aria-labelledby="assigned-heading" className="space-y-3">
        <h3 id="assigned-heading" className="text-xl font-semibold">
          Assigned modules
        </h3>
        {assignments.length === 0 ? (
          <p>Nothing is assigned to this class yet.</p>
        ) : (
          <ul className="space-y-4">
            {assignments.map((a) => (
              <AssignmentCard
                key={a.id}
                classId={cls.id}
                assignment={a}
                students={students}
                pastDue={a.dueAt !== null && a.dueAt < now}
                changeDueDate={changeDueDate.bind(null, cls.id)}
                extendDueDate={extendDueDate.bind(null, cls.id)}
                removeExtension={removeExtension.bind(null, cls.id)}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

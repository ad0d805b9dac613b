import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { linkClass } from "@/components/assignments/form-status";
import { unassignModule } from "@/lib/assignments/actions";
import { findClassAssignment } from "@/lib/assignments/queries";
import { requireTeacher } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Unassign a module" };

type Props = { params: Promise<{ classId: string; assignmentId: string }> };

/** The confirmation before unassigning: a page, so it works without JavaScript and by keyboard. */
export default async function UnassignPage({ params }: Props) {
  const { classId, assignmentId } = await params;
  const teacher = await requireTeacher(`/teach/classes/${classId}/assignments/${assignmentId}/unassign`);
  const assignment = await findClassAssignment(teacher.id, classId, assignmentId);
  if (!assignment) notFound();
  return (
    <div className="space-y-4">
      <h2 className="text-2xl font-bold">Unassign “{assignment.module.title}”?</h2>
      <p>
        Students will no longer see it on their home page, and its due date and any extensions are
        removed. What students have read and their quiz attempts are kept.
      </p>
      <form action={unassignModule.bind(null, classId)} className="flex flex-wrap items-center gap-4">
        <input type="hidden" name="assignmentId" value={assignment.id} />
        <button type="submit" className="rounded bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800">
          Unassign
        </button>
        <Link href={`/teach/classes/${classId}/assignments`} className={linkClass}>
          Cancel
        </Link>
      </form>
    </div>
  );
}

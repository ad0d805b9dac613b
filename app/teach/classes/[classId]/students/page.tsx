import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddStudentsForm } from "@/components/classes/add-students-form";
import { StudentRoster } from "@/components/classes/student-roster";
import { requireTeacher } from "@/lib/auth/session";
import { getTeacherClass, listClassRoster } from "@/lib/classes/queries";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Students" };

type Props = { params: Promise<{ classId: string }> };

const joinedFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export default async function ClassStudentsPage({ params }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teach/classes/${classId}/students`);
  const found = await getTeacherClass(teacher.id, classId);
  if (!found) notFound();
  const roster = await listClassRoster(teacher.id, found.id);
  const signInUrl = `${env.authUrl}/signin`;
  return (
    <div className="space-y-10">
      <section aria-labelledby="roster-heading" className="space-y-3">
        <h2 id="roster-heading" className="text-xl font-semibold print:hidden">
          Students ({roster.length})
        </h2>
        <StudentRoster
          classId={found.id}
          className={found.name}
          signInUrl={signInUrl}
          students={roster.map((s) => ({
            id: s.id,
            name: s.name,
            login: s.login,
            joinedIso: s.joinedAt.toISOString(),
            joinedLabel: joinedFormat.format(s.joinedAt),
            createdByThisTeacher: s.createdByThisTeacher,
          }))}
        />
      </section>
      <section aria-labelledby="add-heading" className="max-w-xl space-y-3">
        <h2 id="add-heading" className="text-xl font-semibold print:hidden">
          Add students
        </h2>
        <AddStudentsForm classId={found.id} className={found.name} signInUrl={signInUrl} />
      </section>
    </div>
  );
}

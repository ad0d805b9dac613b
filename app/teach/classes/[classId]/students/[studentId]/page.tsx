import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { linkClass } from "@/components/assignments/form-status";
import { StudentAssignmentDetail } from "@/components/assignments/student-assignment-detail";
import { requireTeacher } from "@/lib/auth/session";
import { loadStudentDetail } from "@/lib/class-progress/student-detail";

export const metadata: Metadata = { title: "Student progress" };

type Props = { params: Promise<{ classId: string; studentId: string }> };

export default async function StudentDetailPage({ params }: Props) {
  const { classId, studentId } = await params;
  const teacher = await requireTeacher(`/teach/classes/${classId}/students/${studentId}`);
  const detail = await loadStudentDetail(teacher.id, classId, studentId);
  if (!detail) notFound();
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h2 className="text-2xl font-bold">{detail.student.name}</h2>
        <p>
          In {detail.className}.{" "}
          <Link href={`/teach/classes/${classId}`} className={linkClass}>
            Back to class progress
          </Link>
        </p>
      </header>
      {detail.assignments.length === 0 ? (
        <p>Nothing is assigned to this class yet.</p>
      ) : (
        detail.assignments.map((a) => <StudentAssignmentDetail key={a.id} assignment={a} />)
      )}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassProgressGrid } from "@/components/assignments/class-grid";
import { linkClass } from "@/components/assignments/form-status";
import { requireTeacher } from "@/lib/auth/session";
import { loadClassGrid } from "@/lib/class-progress/grid";

export const metadata: Metadata = { title: "Class progress" };

type Props = { params: Promise<{ classId: string }> };

export default async function ClassProgressPage({ params }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teach/classes/${classId}`);
  const grid = await loadClassGrid(teacher.id, classId);
  if (!grid) notFound();
  const base = `/teach/classes/${grid.classId}`;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h2 className="text-2xl font-bold">Progress</h2>
        <nav aria-label="Class tools" className="flex flex-wrap gap-4 text-sm">
          <Link href={`${base}/assignments`} className={linkClass}>
            Manage assignments
          </Link>
          <a href={`${base}/export/gradebook.csv`} className={linkClass} download>
            Download gradebook (CSV)
          </a>
          <a href={`${base}/export/questions.csv`} className={linkClass} download>
            Download answers per question (CSV)
          </a>
        </nav>
      </header>
      {grid.students.length === 0 ? (
        <p>No students have joined this class yet.</p>
      ) : grid.assignments.length === 0 ? (
        <p>
          Nothing is assigned yet.{" "}
          <Link href={`${base}/assignments`} className={linkClass}>
            Assign a module
          </Link>
        </p>
      ) : (
        <ClassProgressGrid grid={grid} />
      )}
    </div>
  );
}

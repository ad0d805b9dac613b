import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { StudentAssignmentCard } from "@/components/assignments/student-assignment-card";
import { linkClass } from "@/components/assignments/form-status";
import { requireUser } from "@/lib/auth/session";
import { loadStudentAssignments } from "@/lib/class-progress/student-home";
import { Role } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "My assignments" };

export default async function StudentHomePage() {
  const user = await requireUser("/dashboard");
  if (user.role === Role.TEACHER) redirect("/teach");
  const assignments = await loadStudentAssignments(user.id);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">My assignments</h1>
        <p className="text-slate-700 dark:text-slate-300">Signed in as {user.name}. Soonest due first.</p>
      </header>
      {assignments.length === 0 ? (
        <div className="space-y-2">
          <p>Nothing is assigned to you yet. Join your teacher&apos;s class with the code they give you.</p>
          <Link href="/join" className={linkClass}>
            Join a class
          </Link>
        </div>
      ) : (
        <ul className="space-y-4">
          {assignments.map((a) => (
            <StudentAssignmentCard key={a.id} assignment={a} />
          ))}
        </ul>
      )}
    </div>
  );
}

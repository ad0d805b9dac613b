import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { StudentAssignmentCard } from "@/components/assignments/student-assignment-card";
import { linkClass } from "@/components/assignments/form-status";
import { requireUser } from "@/lib/auth/session";
import { loadStudentAssignments } from "@/lib/class-progress/student-home";
import { Role } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "My assignments" };

type Props = { searchParams: Promise<{ joined?: string | string[] }> };

export default async function StudentHomePage({ searchParams }: Props) {
  const user = await requireUser("/dashboard");
  if (user.role === Role.TEACHER) redirect("/teach");
  const assignments = await loadStudentAssignments(user.id);
  // Set by /join after a successful join; only ever shown as text, and cut short.
  const joined = [(await searchParams).joined].flat()[0]?.slice(0, 80);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">My assignments</h1>
        <p className="text-slate-700 dark:text-slate-300">Signed in as {user.name}. Soonest due first.</p>
      </header>
      {joined ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-950 dark:bg-green-950 dark:text-green-100">
          You joined {joined}.
        </p>
      ) : null}
      {assignments.length === 0 ? (
        <div className="space-y-2">
          <p>Nothing is assigned to you yet. Join your teacher&apos;s class with the code they give you.</p>
          <Link href="/join" className={linkClass}>
            Join a class
          </Link>
        </div>
      ) : (
        <>
          <ul className="space-y-4">
            {assignments.map((a) => (
              <StudentAssignmentCard key={a.id} assignment={a} />
            ))}
          </ul>
          <p>
            <Link href="/join" className={linkClass}>
              Join another class
            </Link>
          </p>
        </>
      )}
    </div>
  );
}

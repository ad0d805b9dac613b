import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassTabs } from "@/components/classes/class-tabs";
import { requireTeacher } from "@/lib/auth/session";
import { getTeacherClass } from "@/lib/classes/queries";
import { env } from "@/lib/env";

type Props = { children: React.ReactNode; params: Promise<{ classId: string }> };

/**
 * The frame of a class's pages. It shows only the teacher's own class, but it is not the guard:
 * layouts do not re-run on every navigation, so each page and action checks ownership itself.
 */
export default async function ClassLayout({ children, params }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teach/classes/${classId}`);
  const found = await getTeacherClass(teacher.id, classId);
  if (!found) notFound();
  return (
    <div className="space-y-6">
      <header className="space-y-3 print:hidden">
        <p className="text-sm">
          <Link href="/teach" className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
            Teaching
          </Link>
        </p>
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-3xl font-bold">
            {found.name}
            {found.archivedAt ? <span className="ml-2 align-middle text-base font-medium text-slate-700 dark:text-slate-300">(archived)</span> : null}
          </h1>
          <p>
            Join code:{" "}
            <span data-testid="join-code" className="font-mono text-xl font-bold tracking-widest">
              {found.joinCode}
            </span>
          </p>
        </div>
        {found.archivedAt ? (
          <p className="rounded border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
            This class is archived: students do not see it and its join code does not work.
          </p>
        ) : (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Students join at <span className="font-mono">{env.authUrl}/join</span> with this code, or
            follow the link <span className="font-mono break-all">{`${env.authUrl}/join?code=${found.joinCode}`}</span>.
          </p>
        )}
        <ClassTabs classId={found.id} />
      </header>
      {children}
    </div>
  );
}

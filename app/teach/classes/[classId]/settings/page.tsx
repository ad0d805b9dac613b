import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/classes/action-button";
import { ClassNameForm } from "@/components/classes/class-name-form";
import { requireTeacher } from "@/lib/auth/session";
import {
  archiveClassAction,
  regenerateJoinCodeAction,
  renameClassAction,
  unarchiveClassAction,
} from "@/lib/classes/actions";
import { getTeacherClass } from "@/lib/classes/queries";

export const metadata: Metadata = { title: "Class settings" };

type Props = { params: Promise<{ classId: string }> };

export default async function ClassSettingsPage({ params }: Props) {
  const { classId } = await params;
  const teacher = await requireTeacher(`/teach/classes/${classId}/settings`);
  const found = await getTeacherClass(teacher.id, classId);
  if (!found) notFound();
  const fields = { classId: found.id };
  return (
    <div className="max-w-xl space-y-10">
      <section aria-labelledby="rename-heading" className="space-y-3">
        <h2 id="rename-heading" className="text-xl font-semibold">
          Rename
        </h2>
        <ClassNameForm
          action={renameClassAction}
          classId={found.id}
          defaultName={found.name}
          label="Class name"
          submitLabel="Save name"
          pendingLabel="Saving…"
        />
      </section>

      <section aria-labelledby="code-heading" className="space-y-3">
        <h2 id="code-heading" className="text-xl font-semibold">
          Join code
        </h2>
        <p>
          A new code replaces <span className="font-mono font-semibold">{found.joinCode}</span> at once:
          students already in the class stay, but the old code stops working.
        </p>
        <ActionButton action={regenerateJoinCodeAction} fields={fields} label="Make a new join code" pendingLabel="Making a new code…" />
      </section>

      <section aria-labelledby="archive-heading" className="space-y-3">
        <h2 id="archive-heading" className="text-xl font-semibold">
          {found.archivedAt ? "Restore" : "Archive"}
        </h2>
        {found.archivedAt ? (
          <>
            <p>Restoring shows the class to its students again and makes its join code work again.</p>
            <ActionButton action={unarchiveClassAction} fields={fields} label="Restore class" pendingLabel="Restoring…" />
          </>
        ) : (
          <>
            <p>
              An archived class is hidden from its students and its join code stops working. Nothing
              is deleted: you can restore it from your Teaching page.
            </p>
            <ActionButton action={archiveClassAction} fields={fields} label="Archive class" pendingLabel="Archiving…" />
          </>
        )}
      </section>
    </div>
  );
}

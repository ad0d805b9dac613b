import type { Metadata } from "next";
import { DeleteAccountForm } from "@/app/account/delete-account-form";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "My account" };

const sectionClass = "space-y-3 rounded border border-slate-300 p-4 dark:border-slate-700";

export default async function AccountPage() {
  const user = await requireUser("/account");
  const teacher = user.role === "TEACHER";
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">My account</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Signed in as {user.name}
          {user.email ? ` (${user.email})` : ""}.
        </p>
      </header>
      <section aria-labelledby="download-heading" className={sectionClass}>
        <h2 id="download-heading" className="text-xl font-semibold">
          Download my data
        </h2>
        <p>
          One JSON file with everything Parley keeps about you: your profile, your reading progress, your quiz attempts
          with every answer, your review queue and your classes
          {teacher ? ", and the classes, assignments and modules you made" : ""}. Your password is not in it.
        </p>
        <a
          href="/api/account/export"
          download
          className="inline-block rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          Download my data
        </a>
      </section>
      <section aria-labelledby="delete-heading" className={sectionClass}>
        <h2 id="delete-heading" className="text-xl font-semibold">
          Delete my account
        </h2>
        <p>
          This deletes your account, your reading progress, your quiz attempts and answers and your review queue
          {teacher ? ", and your classes with their assignments and the modules you made" : ""}. It cannot be undone.
          Download your data first if you want to keep it.
        </p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Account deleted" };

/** Where a deleted account lands: signed out, nothing left to show but a way back. */
export default function AccountDeletedPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Your account has been deleted</h1>
      <p>Your account and your work are gone from Parley, and you are signed out.</p>
      <p>
        <Link href="/" className="font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300">
          Back to the modules
        </Link>
      </p>
    </div>
  );
}

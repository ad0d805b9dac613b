import Link from "next/link";
import { UserMenu } from "@/components/user-menu";

/** Static on purpose: who is signed in is filled in by UserMenu in the browser. */
export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 dark:border-slate-800">
      <nav
        aria-label="Main"
        className="mx-auto flex w-full max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-3"
      >
        <Link href="/" className="text-lg font-bold tracking-tight">
          Parley
        </Link>
        <UserMenu />
      </nav>
    </header>
  );
}

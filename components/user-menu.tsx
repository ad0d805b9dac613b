"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { SessionUser } from "@/lib/auth/session";
type State = { status: "loading" } | { status: "signed-out" } | { status: "signed-in"; user: SessionUser };

const linkClass = "rounded px-2 py-1 underline-offset-4 hover:underline";

/**
 * The signed-in part of the header. It asks for the session in the browser so that public pages
 * stay static and cacheable for everyone instead of being rendered per request.
 */
export function UserMenu() {
  const [state, setState] = useState<State>({ status: "loading" });

  useEffect(() => {
    let active = true;
    fetch("/api/auth/session", { cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((session: { user?: SessionUser } | null) => {
        if (!active) return;
        setState(session?.user ? { status: "signed-in", user: session.user } : { status: "signed-out" });
      })
      .catch(() => active && setState({ status: "signed-out" }));
    return () => {
      active = false;
    };
  }, []);

  async function handleSignOut() {
    // Loaded on click so that next-auth's client stays out of every page's first load.
    const { signOut } = await import("next-auth/react");
    await signOut({ callbackUrl: "/" });
  }

  if (state.status === "loading") return <div className="h-8 w-40" aria-hidden="true" />;

  if (state.status === "signed-out") {
    return (
      <ul className="flex items-center gap-2 text-sm">
        <li>
          <Link href="/signin" className={linkClass}>
            Sign in
          </Link>
        </li>
        <li>
          <Link href="/signup" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
            Sign up
          </Link>
        </li>
      </ul>
    );
  }

  return (
    <ul className="flex flex-wrap items-center gap-2 text-sm">
      <li>
        <span className="font-medium" data-testid="signed-in-name">
          {state.user.name}
        </span>
        <span className="ml-1 text-slate-600 dark:text-slate-400">
          ({state.user.role === "TEACHER" ? "teacher" : "student"})
        </span>
      </li>
      <li>
        {state.user.role === "TEACHER" ? (
          <Link href="/teach" className={linkClass}>
            Teaching
          </Link>
        ) : (
          <Link href="/dashboard" className={linkClass}>
            My classes
          </Link>
        )}
      </li>
      <li>
        <Link href="/progress" className={linkClass}>
          My progress
        </Link>
      </li>
      <li>
        <Link href="/account" className={linkClass}>
          Account
        </Link>
      </li>
      <li>
        <button type="button" onClick={handleSignOut} className={`${linkClass} cursor-pointer`}>
          Sign out
        </button>
      </li>
    </ul>
  );
}

"use client";

import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import { ProgressBar } from "@/components/progress/progress-bar";
import type { ReadingLocationItem } from "@/lib/modules/reading-locations";

type State =
  | { status: "loading" }
  | { status: "anonymous" }
  | { status: "signed-in"; read: string[]; last: string | null };

type Props = {
  slug: string;
  /** Where the module is read: signing in comes back here. */
  basePath: string;
  /** Every part of the module a reader can finish, in page order. */
  locations: ReadingLocationItem[];
  /** On an article page: the article's own location, recorded when its end is reached. */
  current?: string;
};

/**
 * The signed-in part of an explainer or article page, run in the browser so the page itself
 * stays static and shared by everyone. Anonymous readers see a hint and nothing is recorded.
 */
export function ReadingTracker({ slug, basePath, locations, current }: Props) {
  const [state, setState] = useState<State>({ status: "loading" });
  const sent = useRef(new Set<string>());
  const endpoint = `/api/modules/${slug}/reading`;

  useEffect(() => {
    let active = true;
    fetch(endpoint, { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : { signedIn: false }))
      .then((body: { signedIn: boolean; read?: string[]; last?: string | null }) => {
        if (!active) return;
        setState(body.signedIn ? { status: "signed-in", read: body.read ?? [], last: body.last ?? null } : { status: "anonymous" });
      })
      .catch(() => active && setState({ status: "anonymous" }));
    return () => {
      active = false;
    };
  }, [endpoint]);

  const signedIn = state.status === "signed-in";

  const save = useCallback(
    async (location: string) => {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ location }),
      });
      if (!response.ok) throw new Error(`reading progress not saved (${response.status})`);
      const body: { read: string[]; last: string | null } = await response.json();
      setState({ status: "signed-in", read: body.read, last: body.last });
    },
    [endpoint],
  );

  useEffect(() => {
    if (!signedIn) return;
    const record = (location: string) => {
      if (sent.current.has(location)) return;
      sent.current.add(location);
      save(location).catch(() => sent.current.delete(location));
    };
    const recordEntries = (entries: IntersectionObserverEntry[]) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const el = entry.target as HTMLElement;
        record(el.dataset.readingLocation ?? `section:${el.dataset.section}`);
      }
    };
    // A section counts as reached when its top passes the middle of the screen; an article
    // when its last line comes into view.
    const sectionObserver = new IntersectionObserver(recordEntries, { rootMargin: "0px 0px -50% 0px" });
    const endObserver = new IntersectionObserver(recordEntries);
    document.querySelectorAll("[data-section]").forEach((el) => sectionObserver.observe(el));
    document.querySelectorAll("[data-reading-location]").forEach((el) => endObserver.observe(el));
    return () => {
      sectionObserver.disconnect();
      endObserver.disconnect();
    };
  }, [signedIn, save]);

  if (state.status === "loading") return <div className="h-12" aria-hidden="true" />;
  if (state.status === "anonymous") {
    return (
      <p className="no-print text-sm text-slate-700 dark:text-slate-300">
        <Link href={`/signin?callbackUrl=${encodeURIComponent(basePath)}`} className="text-blue-800 underline underline-offset-4 dark:text-blue-300">
          Sign in
        </Link>{" "}
        to keep track of what you have read.
      </p>
    );
  }

  const known = new Set(locations.map((l) => l.id));
  const done = state.read.filter((id) => known.has(id)).length;
  const resume = state.last && state.last !== current ? locations.find((l) => l.id === state.last) : undefined;
  const isRead = current ? state.read.includes(current) : false;

  return (
    <div className="no-print space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <ProgressBar
        id={`reading-progress-${slug}`}
        label={`Your reading: ${done} of ${locations.length} parts`}
        value={done}
        max={locations.length}
      />
      <div className="flex flex-wrap items-center gap-4 text-sm">
        {resume && done < locations.length ? (
          <a href={resume.href} className="font-medium text-blue-800 underline underline-offset-4 dark:text-blue-300">
            Continue where you stopped: {resume.label}
          </a>
        ) : null}
        {current ? (
          isRead ? (
            <span className="font-medium text-green-800 dark:text-green-300">✓ You have read this article</span>
          ) : (
            <button
              type="button"
              onClick={() => {
                sent.current.add(current);
                save(current).catch(() => sent.current.delete(current));
              }}
              className="rounded border border-blue-700 px-3 py-1 font-medium text-blue-800 hover:bg-blue-50 dark:border-blue-400 dark:text-blue-300 dark:hover:bg-slate-800"
            >
              Mark as read
            </button>
          )
        ) : null}
      </div>
    </div>
  );
}

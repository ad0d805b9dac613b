"use client";

import { useSyncExternalStore } from "react";
import { formatWhen } from "@/lib/quiz/labels";

const LOCAL = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const noChanges = () => () => {};

/**
 * A date in the reader's own time zone. The server cannot know that zone, so the page is
 * rendered in UTC (saying so) and the browser rewrites it once it runs; `dateTime` always holds
 * the exact instant.
 */
export function LocalTime({ iso }: { iso: string }) {
  const text = useSyncExternalStore(
    noChanges,
    () => LOCAL.format(new Date(iso)),
    () => formatWhen(new Date(iso)),
  );
  return <time dateTime={iso}>{text}</time>;
}

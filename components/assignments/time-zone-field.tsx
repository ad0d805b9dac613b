"use client";

import { useSyncExternalStore } from "react";

const noChanges = () => () => {};

/**
 * The browser's IANA time zone, sent with a due date so that "09:00" means 9 a.m. where the
 * teacher is. Empty before the script runs (or without JavaScript): the server then reads UTC.
 */
export function TimeZoneField() {
  const zone = useSyncExternalStore(
    noChanges,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone ?? "",
    () => "",
  );
  return <input type="hidden" name="timeZone" value={zone} />;
}

export const DUE_DATE_HINT = "Your own time zone. Leave empty for no due date.";

// Due dates are typed in a datetime-local field, which carries no time zone: "2026-03-10T09:00"
// means 9 a.m. where the teacher is. The form sends the browser's IANA zone alongside it
// (components/assignments/time-zone-field.tsx); the date is stored as the UTC instant. Without a
// zone (no JavaScript) the time is read as UTC, and the page says so.

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
/** Far enough either way for any school year; keeps typos like year 20260 out. */
const EARLIEST_YEAR = 2000;
const LATEST_YEAR = 2100;

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - (instant - (instant % 1000));
}

/**
 * The UTC instant of a datetime-local value in `zone` (UTC when empty), or null when the value
 * is not a real date and time (February 30th, 25:00, year 20260...).
 */
export function parseLocalDateTime(value: string, zone = ""): Date | null {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((v) => Number(v ?? 0)) as [
    number, number, number, number, number, number,
  ];
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  // Date.UTC rolls February 30th over to March 2nd: a value that does not survive is not a date.
  const survives =
    check.getUTCMonth() === month - 1 && check.getUTCDate() === day && check.getUTCHours() === hour;
  if (!survives || minute > 59 || second > 59) return null;
  if (!zone || zone === "UTC") return check;
  // The offset depends on the instant (summer time); a second pass settles a guess made with the
  // offset of the wall time read as UTC.
  const guess = wall - zoneOffsetAt(wall, zone);
  return new Date(wall - zoneOffsetAt(guess, zone));
}

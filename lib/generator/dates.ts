// Date expressions: finding them in text and pinning them to a calendar date when the text
// allows. Relative expressions ("Friday", "tomorrow") are kept as written unless an
// article date anchors them: guessing the day would put invented facts in a quiz.

export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const MONTH_RE = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
const YEAR_RE = "(?:1[89]\\d\\d|20\\d\\d)";
const WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

export type DateMention = {
  text: string;
  start: number;
  end: number;
  precision: "day" | "month" | "year" | "range" | "partial" | "relative";
  /** ISO when pinned; "--MM-DD" for a month and day without a year (a sort key, not output). */
  iso: string | null;
  /** Whether the expression points ahead of the time of writing ("tomorrow", "next week"). */
  future: boolean;
};

// Ordered: longer, more specific patterns first; overlapping later matches are dropped.
const PATTERNS: { re: RegExp; kind: DateMention["precision"] }[] = [
  { re: new RegExp(`\\b${MONTH_RE} \\d{1,2}(?:st|nd|rd|th)?,? ${YEAR_RE}\\b`, "g"), kind: "day" },
  { re: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH_RE},? ${YEAR_RE}\\b`, "g"), kind: "day" },
  { re: new RegExp(`\\b${YEAR_RE}-\\d\\d-\\d\\d\\b`, "g"), kind: "day" },
  { re: new RegExp(`\\b${MONTH_RE},? ${YEAR_RE}\\b`, "g"), kind: "month" },
  { re: new RegExp(`\\b${MONTH_RE} \\d{1,2}(?:st|nd|rd|th)?\\b(?!,? \\d)`, "g"), kind: "partial" },
  { re: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${MONTH_RE}\\b`, "g"), kind: "partial" },
  { re: /\b(?<=in |since |until |by |early |late |mid-)(?:January|February|March|April|June|July|August|September|October|November|December)\b(?! \d)/g, kind: "partial" },
  { re: new RegExp(`\\b${YEAR_RE}\\s?[–-]\\s?(?:${YEAR_RE}|\\d\\d)\\b(?![-–]?\\s?(?:kilomet|km|mile|meter|metre))`, "g"), kind: "range" },
  { re: new RegExp(`(?<![\\d,.$£€])\\b${YEAR_RE}\\b(?![-–,.]?\\d)(?!\\s?(?:kilomet|km|mile|meter|metre|people|troops|soldiers))(?!-\\w)`, "g"), kind: "year" },
  {
    re: new RegExp(
      `\\b(?:(?:late|early) (?:on )?|last |next |this (?:coming )?|on )?${WEEKDAY_RE}(?: (?:morning|afternoon|evening|night))?\\b|\\b(?:today|tomorrow|yesterday|tonight)\\b|\\b(?:earlier|later) (?:this|last|next) (?:week|month|year)\\b|\\b(?:last|next|this) (?:week|month|year|weekend)\\b|\\bin recent (?:days|weeks|months)\\b|\\bnext \\d+ (?:hours|days|weeks)\\b`,
      "gi",
    ),
    kind: "relative",
  },
];

export function findDates(text: string, anchor: string | null = null): DateMention[] {
  const found: DateMention[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      // "May" alone is too often the verb; require a day with it (handled by the patterns).
      const written = m[0];
      const future = isFuture(written) || (kind === "relative" && FUTURE_CONTEXT.test(clauseAround(text, start, end)));
      found.push({ text: written, start, end, precision: kind, iso: normalise(written, kind, anchor, future), future });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// "was due to expire on Monday": the weekday lies ahead of the article's date.
const FUTURE_CONTEXT = /\b(will|due to|expected to|scheduled|set to|is to|are to|upcoming|to be held)\b/i;

function clauseAround(text: string, start: number, end: number): string {
  const left = Math.max(text.lastIndexOf(",", start), text.lastIndexOf(";", start), -1) + 1;
  const rights = [text.indexOf(",", end), text.indexOf(";", end)].filter((x) => x >= 0);
  return text.slice(left, rights.length ? Math.min(...rights) : text.length);
}

function isFuture(written: string): boolean {
  return /\b(tomorrow|next|tonight|coming|later this)\b/i.test(written);
}

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(".", "");
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  return MONTH_ABBR[w] ?? null;
}

const pad = (n: number) => String(n).padStart(2, "0");

function normalise(written: string, kind: DateMention["precision"], anchor: string | null, future = false): string | null {
  const words = written.replace(/,/g, "").split(/\s+/);
  if (kind === "day") {
    if (/^\d{4}-\d\d-\d\d$/.test(written)) return written;
    const month = words.map(monthNumber).find((n) => n !== null) ?? null;
    const day = Number(words.find((w) => /^\d{1,2}(st|nd|rd|th)?$/.test(w))?.replace(/\D/g, ""));
    const year = words.find((w) => /^\d{4}$/.test(w));
    return month && day && year ? `${year}-${pad(month)}-${pad(day)}` : null;
  }
  if (kind === "month") {
    const month = monthNumber(words[0]!);
    return month ? `${words[1]}-${pad(month)}` : null;
  }
  if (kind === "year") return written;
  if (kind === "range") return written.slice(0, 4);
  if (kind === "partial") {
    const month = words.map(monthNumber).find((n) => n !== null) ?? null;
    const day = Number(words.find((w) => /^\d/.test(w))?.replace(/\D/g, ""));
    if (month && !day) {
      // "in April": the month before or of the article's date.
      if (!anchor) return `--${pad(month)}`;
      const year = Number(anchor.slice(0, 4));
      const candidate = `${year}-${pad(month)}`;
      return candidate <= anchor.slice(0, 7) ? candidate : `${year - 1}-${pad(month)}`;
    }
    if (!month || !day) return null;
    // An article date gives the year: the nearest such day not after the article date.
    if (anchor) {
      const year = Number(anchor.slice(0, 4));
      const candidate = `${year}-${pad(month)}-${pad(day)}`;
      return candidate <= anchor ? candidate : `${year - 1}-${pad(month)}-${pad(day)}`;
    }
    return `--${pad(month)}-${pad(day)}`;
  }
  return anchor ? resolveRelative(written, anchor, future) : null;
}

/** Pins "tomorrow", "Friday" etc. to a date, counted from the article's date. */
export function resolveRelative(written: string, anchor: string, future = false): string | null {
  const base = new Date(`${anchor}T12:00:00Z`);
  if (Number.isNaN(base.getTime())) return null;
  const lower = written.toLowerCase();
  const shift = (days: number) => {
    const d = new Date(base.getTime() + days * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  if (/\b(today|tonight)\b/.test(lower)) return shift(0);
  if (/\b(week|month|year|weekend|days|weeks|months|hours)\b/.test(lower)) return null;
  if (/\btomorrow\b/.test(lower)) return shift(1);
  if (/\byesterday\b/.test(lower)) return shift(-1);
  const weekday = WEEKDAYS.findIndex((d) => lower.includes(d));
  if (weekday >= 0) {
    const today = base.getUTCDay();
    if (/\bnext\b/.test(lower) || future) return shift(((weekday - today + 7) % 7 || 7));
    // News copy uses a bare weekday for the most recent such day, or today.
    return shift(-((today - weekday + 7) % 7));
  }
  return null;
}

/** Parses a header date ("2025-10-24", "October 24, 2025", "24 Oct 2025") to ISO, or null. */
export function parseHeaderDate(value: string): string | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d\d)-(\d\d)/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const found = findDates(v).find((d) => d.precision === "day");
  return found?.iso ?? null;
}

import { findDates, MONTHS } from "../dates";
import type { TimelineEvent } from "../schema";
import { cloze, order, type QuestionDraft } from "./build";
import { corpusIncludes, explain, sentenceById, type QuestionContext } from "./context";

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The event without its date (and the preposition before it), so ordering is not given away. */
function withoutDate(e: TimelineEvent): string {
  const pattern = new RegExp(`\\s*\\b(?:on|in|since|by|from|during)?\\s*${e.when.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i");
  return capital(e.event.replace(pattern, "").replace(/\s+([,.;])/g, "$1").replace(/^[,\s]+/, "").trim());
}

/** Other dates of the same shape: a day or two weeks off, a month off, a year or two off. */
export function alterDate(when: string): string[] {
  const md = new RegExp(`^(${MONTHS.map(capital).join("|")}) (\\d{1,2})(, \\d{4})?$`).exec(when);
  if (md) {
    const month = MONTHS.indexOf(md[1]!.toLowerCase());
    const day = Number(md[2]);
    const year = md[3] ?? "";
    const shift = (m: number, d: number) => `${capital(MONTHS[(m + 12) % 12]!)} ${d}${year}`;
    return [shift(month, day > 10 ? day - 10 : day + 10), shift(month, day <= 18 ? day + 10 : day - 8), shift(month - 1, day), shift(month + 1, Math.min(day, 28))];
  }
  if (/^\d{4}$/.test(when)) {
    const y = Number(when);
    return [y - 2, y + 1, y - 1, y + 3].map(String);
  }
  return [];
}

export function timelineQuestions(ctx: QuestionContext, maxCloze = 2): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  // Order only events whose order is certain: pinned dates, or month-and-day dates of one article.
  const pinned = ctx.timeline.filter((e) => e.date !== null && e.precision !== "range");
  const partialByArticle = new Map<string, TimelineEvent[]>();
  for (const e of ctx.timeline.filter((x) => x.precision === "partial" && x.date === null)) {
    partialByArticle.set(e.source.articleId, [...(partialByArticle.get(e.source.articleId) ?? []), e]);
  }
  const candidates = [pinned, ...partialByArticle.values()].map((set) => dedupeByText(set)).sort((a, b) => b.length - a.length);
  const chosen = candidates[0];
  if (chosen && chosen.length >= 3) {
    const items = chosen.slice(0, 5);
    const q = order(
      {
        key: "timeline-order",
        topic: "timeline",
        prompt: "Put these events in the order they happened, earliest first.",
        explanation: items.map((e) => `${e.when}: ${withoutDate(e)}`).join(" → "),
        source: items[0]!.source,
        sources: items.map((e) => e.source),
      },
      items.map(withoutDate),
    );
    if (q) out.push(q);
  }
  let clozes = 0;
  for (const e of ctx.timeline) {
    if (clozes >= maxCloze) break;
    if (!(e.precision === "partial" || e.precision === "day" || e.precision === "year") || ctx.usedSentences.has(e.source.sentenceId)) continue;
    const { sentence } = sentenceById(ctx, e.source.sentenceId);
    if (findDates(sentence.text).filter((d) => d.precision !== "relative").length !== 1) continue;
    const distractors = alterDate(e.when).filter((d) => !corpusIncludes(ctx, d));
    const q = cloze({ key: `timeline-cloze:${e.when}`, topic: "timeline", sentence: sentence.text, intro: "Which date completes the sentence?", explanation: explain(ctx, { ...e.source, quote: sentence.text }), source: { ...e.source, quote: sentence.text } }, e.when, distractors);
    if (!q) continue;
    ctx.usedSentences.add(e.source.sentenceId);
    out.push(q);
    clozes++;
  }
  return out;
}

function dedupeByText(events: TimelineEvent[]): TimelineEvent[] {
  const seen = new Set<string>();
  const keys = new Set<string>();
  return events.filter((e) => {
    const text = withoutDate(e);
    const key = e.date ?? e.when;
    if (seen.has(text) || keys.has(key)) return false;
    seen.add(text);
    keys.add(key);
    return true;
  });
}

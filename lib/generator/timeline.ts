import { findDates, type DateMention } from "./dates";
import type { TimelineEvent } from "./schema";
import { contentStems, contentTokens, jaccard, stem } from "./text-utils";
import type { ArticleDraft, SentenceDraft } from "./types";
import { byText, compareSources, sourceOf } from "./util";

type Draft = { mention: DateMention; article: ArticleDraft; sentence: SentenceDraft; event: string; order: number };

/**
 * Dated events in order. Pinned dates (a year, a full date) come first in calendar order;
 * then month-and-day dates without a year (taken as recent); then relative ones as written,
 * past before future. The same event reported by several articles is listed once.
 */
export function buildTimeline(articles: ArticleDraft[]): TimelineEvent[] {
  const drafts: Draft[] = [];
  let order = 0;
  for (const article of articles) {
    for (const sentence of article.sentences) {
      if (sentence.kind === "heading") continue;
      // The date in a wire dateline ("KHARTOUM, May 29 (Reuters) -") is when it was written.
      const datelineEnd = article.dateline && sentence.text.startsWith(article.dateline) ? sentence.text.search(/\s[—–-]{1,2}\s/) : -1;
      for (const mention of findDates(sentence.text, article.date)) {
        if (mention.start < datelineEnd) continue;
        drafts.push({ mention, article, sentence, event: eventText(sentence, mention, datelineEnd), order: order++ });
      }
    }
  }
  const merged: { head: Draft; also: Draft[] }[] = [];
  for (const d of drafts) {
    const same = merged.find((m) => sameEvent(m.head, d));
    if (same) same.also.push(d);
    else merged.push({ head: d, also: [] });
  }
  merged.sort((a, b) => group(a.head) - group(b.head) || byText(sortKey(a.head), sortKey(b.head)) || a.head.order - b.head.order);
  return merged.map(({ head, also }, i) => ({
    id: `t${i + 1}`,
    when: head.mention.text,
    date: head.mention.iso && !head.mention.iso.startsWith("--") ? head.mention.iso : null,
    precision: precisionOf(head.mention),
    event: head.event,
    source: sourceOf(head.article.id, head.sentence, head.event),
    alsoReportedBy: also.map((d) => sourceOf(d.article.id, d.sentence, d.event)).sort(compareSources),
  }));
}

/** A relative or partial date pinned by the article date is a day (or a month) like any other. */
function precisionOf(m: DateMention): TimelineEvent["precision"] {
  const pinned = m.iso !== null && !m.iso.startsWith("--");
  if (pinned && (m.precision === "relative" || m.precision === "partial")) return m.iso!.length === 7 ? "month" : "day";
  return m.precision;
}

function group(d: Draft): number {
  const iso = d.mention.iso;
  if (iso && !iso.startsWith("--")) return 0;
  if (iso) return 1;
  return d.mention.future ? 3 : 2;
}

function sortKey(d: Draft): string {
  const iso = d.mention.iso;
  return iso ? iso.replace(/^--/, "") : "";
}

function sameEvent(a: Draft, b: Draft): boolean {
  if (a.article.id === b.article.id && a.sentence.id === b.sentence.id) return a.mention.text === b.mention.text;
  const sameDate = a.mention.iso && a.mention.iso === b.mention.iso ? true : a.mention.text.toLowerCase() === b.mention.text.toLowerCase();
  if (!sameDate) return false;
  // Same date and at least two shared content words near it: "the Taliban returned to power in
  // 2021" and "the Taliban's return to power in 2021" are one event.
  const near = (d: Draft) => {
    const at = d.sentence.start + d.mention.start;
    const toks = d.sentence.tokens;
    const i = toks.findIndex((t) => t.end > at);
    return new Set(contentTokens({ ...d.sentence, tokens: toks.slice(Math.max(0, i - 8), i + 8) }).map((t) => stem(t.lower)));
  };
  const na = near(a);
  let shared = 0;
  for (const w of near(b)) if (na.has(w)) shared++;
  return shared >= 2 || jaccard(contentStems(a.sentence), contentStems(b.sentence)) >= 0.25;
}

/** The sentence, or for a long one the clauses around the date: a verbatim quote either way. */
export function eventText(sentence: SentenceDraft, mention: DateMention, datelineEnd = -1): string {
  // Leave the dateline out of the event: "ADDIS ABABA, Sept 10 (Horn Wire) - Ethiopia has ..."
  const after = datelineEnd >= 0 ? sentence.text.slice(datelineEnd).replace(/^\s*[—–-]{1,2}\s*/, "") : "";
  const text = after && mention.start >= sentence.text.length - after.length ? after : sentence.text;
  const shift = sentence.text.length - text.length;
  mention = { ...mention, start: mention.start - shift };
  if (text.length <= 220) return text;
  const cuts = [0];
  for (const m of text.matchAll(/[,;:]\s|\s[—–-]\s/g)) cuts.push(m.index! + m[0].length);
  cuts.push(text.length);
  let from = 0;
  let to = text.length;
  for (let i = 0; i < cuts.length - 1; i++) {
    if (cuts[i]! <= mention.start && mention.start < cuts[i + 1]!) {
      from = cuts[Math.max(0, i - 1)]!;
      to = cuts[Math.min(cuts.length - 1, i + 2)]!;
    }
  }
  return text.slice(from, to).replace(/[\s,;:—–-]+$/, "").trim();
}

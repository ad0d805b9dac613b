import { parseHeaderDate } from "./dates";
import { outletFromUrl, SOCIAL_HOSTS } from "./header";
import type { RemovedLine } from "./schema";

type Reason = RemovedLine["reason"];

export type CleanResult = {
  /** Kept lines, one paragraph each, joined by blank lines. */
  text: string;
  /** Kept paragraphs with their role, in order, with offsets into `text`. */
  paragraphs: { text: string; start: number; kind: "body" | "heading" | "list-item" }[];
  removed: RemovedLine[];
  title: string | null;
  dateline: { place: string; agency: string | null } | null;
  /** Host of the outlet's own links ("Read more ... https://outlet.example/..."), when present. */
  linkedOutlet: string | null;
  /** From a "Published 3 August 2023" line, when there is one. */
  publishedDate: string | null;
};

const URL_ONLY = /^(https?:\/\/|www\.)\S+$/i;
const READ_TIME = /^\d+\s*(min|mins|minute|minutes)\.?\s*read$/i;
const SHARE = /^(share( this( article| story| post| explainer| page| video| report)?)?|follow .{1,40} on (x|twitter|facebook|instagram|linkedin|telegram|whatsapp|threads|bluesky|youtube|tiktok)|share (on|via) \w+|tweet( this)?|email( this)?|print( this)?( article)?|copy link|save( article)?|facebook|twitter|whatsapp|linkedin|telegram)[.!:]?$/i;
const NAVIGATION = /^(top stories|home|news|world( news)?|latest( news)?|breaking( news)?|trending( now)?|advertisement|sponsored( content)?|skip to (main )?content|menu|search|subscribe|sign in|log in|more from .{1,40}|most read|popular|recommended|related (articles|stories|posts)|you may also like|editor'?s picks|politics|business|opinion|analysis)$/i;
const READ_MORE = /^(read more|read also|also read|related|see also|click here|subscribe to|sign up|join our|download our|follow us|for (more|climate-related|the latest) .*(stories|news|updates)?.*(visit|see|click)|more (stories|news) (at|on|from))\b/i;
const COMMENTS = /^(comments?( \(\d+\))?|\d+ comments?|leave a (comment|reply)|post a comment|add a comment|see what people are (discussing|saying)|join the (conversation|discussion)|comment(s)? (are|is) closed|what do you think\??|tell us what you think\.?)$/i;
const PHOTO_CREDIT = /^((photo|image|picture|file photo|photograph)s?\s*(:|by\b|credit\b|courtesy\b|source\b)|\(?(photo|image)s?:|[A-Z][\w.&' -]{1,40}\/(file|files|handout|pool|getty images|afp|reuters|ap|epa)\b|(ap|afp|reuters|epa|getty images|anadolu agency|xinhua|handout)( photo)?\s*(\/.*)?$)/i;
const CREDIT_LINE = /^(with (additional )?(input|reporting) (from|by)|additional reporting by|\(?reporting by|\(?editing by|\(?writing by|compiled by|this (story|article) (was|has been) (updated|corrected))\b|\bcontributed( reporting)? to this (report|story|article)\.?$/i;
const BREADCRUMB = /^[\p{L}]+(?: [\p{L}]+){0,2}(?:\s*[|>»›]\s*[\p{L}]+(?: [\p{L}]+){0,2}){1,5}$/u;
const TIMESTAMP = /^(?:(?:published|updated|posted|last updated|first published)\b:?\s*)(.{6,60})$/i;
// "Published" alone, "12 hours ago": a page's time stamp without a date.
const BARE_TIMESTAMP = /^((published|updated|posted|last updated)( on)?|\d{1,2} (minutes?|mins?|hours?|hrs?|days?|weeks?) ago|(just now|yesterday))$/i;
const RELATED_HEADER = /^(related( stories| articles| posts| coverage| news| topics| content| links)?|more (stories|from .{1,30}|on this( story)?)|read (more|next)|recommended( for you)?|you may also like|most read|trending( now)?)\s*:?$/i;
const CAPTIONED_CREDIT = /^((photo|image|picture)s?\s*:\s*\S+(\s+\S+){4,}|(image|photo) caption\b)/i;
const BYLINE = /^(by|written by|words by|posted by|author:?|(?:analysis|story|report|commentary|words|text|photos?) by)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,3}(,|\s+and\s+|\s*$|\s*\|)/iu;
const ROLE_LINE = /^((senior|chief|staff|political|foreign|deputy|managing|contributing|news|associate|special|diplomatic|security|defence|defense|\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)\s+)?(editor|reporter|correspondent|writer|journalist|contributor|columnist|analyst|producer)(,\s*[\p{L} ]{2,40})?\.?$/iu;
const BIO_ROLE = /\b(journalist|reporter|correspondent|columnist|writer|editor|author)\b/i;
const BIO_CUE = /\b(years of experience|graduate of|graduated from|has covered|covered .* since|worked (in|for|at|as)|writes (about|on|for)|is based in|follow (him|her|them) on|can be reached at|his work has|her work has)\b/i;
const MARKUP = /^(avatar(-icon)?|image|img|icon|logo|thumbnail|loading\.*|\[image\]|\[photo\]|<[^>]+>)$/i;
const SYMBOLS_ONLY = /^[\s\p{P}\p{S}]*$/u;
const DATELINE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?)\s*(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?(?:\(([^)]{2,30})\))?\s*[—–-]{1,2}\s+\S/u;

const normaliseLine = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** A line without end punctuation that is short, or a Markdown heading: a section title. */
function isHeading(line: string, bodyStarted: boolean): boolean {
  if (/^#{1,6}\s/.test(line)) return true;
  const words = line.split(/\s+/);
  // "What Comes Next?": a short question in title case is a section title.
  if (/\?$/.test(line) && words.length <= 8 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length) return true;
  if (/[.!?:;"”’)\]…]$/.test(line)) return false;
  // Before the first paragraph, an unpunctuated line is a deck (subtitle), however long.
  return words.length <= 16 || !bodyStarted;
}

const LIST_MARKER = /^(\s*)([-*•‣◦▪●–]|\d{1,2}[.)])\s+/;

/**
 * Strips boilerplate line by line and reports each stripped line with its reason.
 * Rules look at one line and its neighbours only (a caption is the line before a credit;
 * a bio follows a byline), so they carry over to outlets never seen here.
 */
export function cleanArticle(body: string, knownTitle: string | null): CleanResult {
  const rawLines = body.split(/\r\n|\r|\n/).map((l) => stripInlineMarkdown(l.replace(/[\u00A0\u2007\u202F\t]/g, " ").replace(/\s+$/, "")));
  const lines = rawLines.map((l) => l.trim());
  const removed: RemovedLine[] = [];
  const kept: { text: string; kind: "body" | "heading" | "list-item" }[] = [];
  const seen = new Set<string>();
  let title = knownTitle;
  let linkedOutlet: string | null = null;
  let bylineName: string | null = null;
  let bodyStarted = false;
  let publishedDate: string | null = null;
  let inRelated = false;
  // Whether the last non-empty line was kept: only that paragraph can be a caption.
  let lastKept = false;
  const drop = (text: string, reason: Reason) => {
    removed.push({ text, reason });
    lastKept = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "" || line === "\u200B") continue;
    const next = lines.slice(i + 1).find((l) => l !== "") ?? "";
    const norm = normaliseLine(line);
    if (URL_ONLY.test(line)) {
      const host = outletFromUrl(line.startsWith("www.") ? `https://${line}` : line);
      drop(line, host === null || SOCIAL_HOSTS.test(host) ? "social-link" : "url");
      continue;
    }
    if (READ_TIME.test(line)) { drop(line, "read-time"); continue; }
    if (SHARE.test(line)) { drop(line, "share-prompt"); continue; }
    if (MARKUP.test(line) || SYMBOLS_ONLY.test(line)) { drop(line, "markup"); continue; }
    if (COMMENTS.test(line)) { drop(line, "comments"); continue; }
    if (RELATED_HEADER.test(line)) { inRelated = true; drop(line, "read-more"); continue; }
    if (READ_MORE.test(line)) {
      const url = /https?:\/\/\S+/.exec(line)?.[0];
      if (url && !linkedOutlet) linkedOutlet = outletFromUrl(url);
      drop(line, "read-more");
      continue;
    }
    if ((!bodyStarted && NAVIGATION.test(line)) || /^advertisement$/i.test(line) || (BREADCRUMB.test(line) && line.length < 80)) { drop(line, "navigation"); continue; }
    if (BARE_TIMESTAMP.test(line)) { drop(line, "timestamp"); continue; }
    const stamp = TIMESTAMP.exec(line);
    if (stamp && parseHeaderDate(stamp[1]!) !== null) {
      publishedDate ??= parseHeaderDate(stamp[1]!);
      drop(line, "timestamp");
      continue;
    }
    // Headlines listed under "Related stories" are links, not text.
    if (inRelated && !/[.!]$/.test(line) && line.split(/\s+/).length <= 16) { drop(line, "read-more"); continue; }
    inRelated = false;
    if (CAPTIONED_CREDIT.test(line)) { drop(line, "caption"); continue; }
    if (PHOTO_CREDIT.test(line)) {
      // The caption is the paragraph just before a credit: take it back out of the body.
      const last = kept[kept.length - 1];
      if (lastKept && last && last.kind === "body" && last.text.length < 300 && !/["“”]/.test(last.text)) {
        kept.pop();
        drop(last.text, "caption");
      }
      drop(line, "photo-credit");
      continue;
    }
    if (CREDIT_LINE.test(line)) { drop(line, "byline"); continue; }
    if (BYLINE.test(line) && line.length < 80) {
      bylineName = line.replace(/^(by|written by|words by|posted by|author:?|(?:analysis|story|report|commentary|words|text|photos?) by)\s+/i, "").split(/,|\band\b|\|/)[0]!.trim();
      drop(line, "byline");
      continue;
    }
    if (ROLE_LINE.test(line) && line.length < 60) { drop(line, "byline"); continue; }
    // A bare name just before a role line ("Aamir Abbasi" / "Editor, Islamabad") is a byline.
    if (/^\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u.test(line) && ROLE_LINE.test(next) && next.length < 60) {
      bylineName = line;
      drop(line, "byline");
      continue;
    }
    if (isAuthorBio(line, bylineName)) { drop(line, "author-bio"); continue; }
    if (title === null) {
      if (isParagraph(line)) {
        // The article starts straight with its text (no headline): name it by its opening
        // words, and keep the paragraph in the body.
        title = shortTitle(line);
      } else {
        title = line.replace(/^#+\s*/, "");
        seen.add(normaliseLine(title));
        continue;
      }
    }
    if (seen.has(norm) && (isHeading(line, bodyStarted) || norm === normaliseLine(title))) {
      drop(line, "repeated-headline");
      continue;
    }
    seen.add(norm);
    if (norm === normaliseLine(title)) { drop(line, "repeated-headline"); continue; }
    const isList = LIST_MARKER.test(rawLines[i]!) && !/^\d{4}/.test(line);
    const kind = isList ? "list-item" : isHeading(line, bodyStarted) ? "heading" : "body";
    kept.push({ text: kind === "heading" ? line.replace(/^#+\s*/, "") : line, kind });
    lastKept = true;
    if (kind === "body") bodyStarted = true;
  }

  let text = "";
  const paragraphs: CleanResult["paragraphs"] = [];
  for (const p of kept) {
    if (text) text += "\n\n";
    paragraphs.push({ text: p.text, start: text.length, kind: p.kind });
    text += p.text;
  }
  const firstBody = paragraphs.find((p) => p.kind === "body");
  return { text, paragraphs, removed, title, dateline: firstBody ? parseDateline(firstBody.text) : null, linkedOutlet, publishedDate };
}

/** "**bold**", "_em_", "[text](url)" and "`code`" read as their text. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\((?:https?:\/\/|\/)[^)]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[\s(])([*_])(?=\S)([^*_]+?)(?<=\S)\2(?=[\s).,;:!?]|$)/g, "$1$3")
    .replace(/`([^`]+)`/g, "$1");
}

function isParagraph(line: string): boolean {
  return parseDateline(line) !== null || (/[.!?"”]$/.test(line) && line.split(/\s+/).length >= 20);
}

function shortTitle(line: string): string {
  const afterDateline = line.replace(DATELINE_PREFIX, "");
  const firstSentence = afterDateline.split(/(?<=[.!?])\s/)[0]!;
  const words = firstSentence.split(/\s+/);
  return words.length <= 14 ? firstSentence.replace(/[.]$/, "") : `${words.slice(0, 12).join(" ").replace(/[,;:]$/, "")}…`;
}

const DATELINE_PREFIX = /^[^—–]{2,60}?[—–]\s+/;

function isAuthorBio(line: string, bylineName: string | null): boolean {
  if (line.length > 700 || /["“”]/.test(line)) return false;
  const startsWithAuthor = bylineName !== null && line.startsWith(bylineName.split(/\s+/)[0]!);
  // "Daniel Harker covers diplomacy for the paper": the byline's name, then what they do.
  if (startsWithAuthor && (BIO_ROLE.test(line) || /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)* (covers|covered|has covered|writes|reports|has reported|is based|joined)\b/u.test(line))) return true;
  return BIO_ROLE.test(line) && BIO_CUE.test(line) && /^\p{Lu}\p{L}+(\s\p{Lu}\p{L}+)?\s*(;|,|\bis\b|\bwas\b|\bhas\b)/u.test(line);
}

/** "ISLAMABAD —", "Doha, Qatar —", "KYIV, Ukraine (AP) —": the place and any wire agency. */
export function parseDateline(paragraph: string): { place: string; agency: string | null } | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const place = m[1]!.trim();
  // A dateline is short and starts the paragraph; "The talks —" is not one.
  if (/^(the|a|an|but|and|in|on|as|it|this|that)\b/i.test(place) || place.split(/\s+/).length > 5) return null;
  return { place, agency: m[2]?.trim() ?? null };
}

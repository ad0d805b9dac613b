import { parseHeaderDate } from "./dates";

export type HeaderFields = { title: string | null; outlet: string | null; url: string | null; date: string | null; rawDate: string | null };

const KEY_RE = /^(title|outlet|source|publication|url|link|date|published)\s*:\s*(.*)$/i;

/**
 * Reads the optional metadata block: `key: value` lines (title, outlet, url, date) closed by a
 * line `---`, or the same lines wrapped in `---` fences (Markdown front matter).
 * Returns the fields and the body after the block; without a block, the body is the whole text.
 */
export function parseHeader(text: string): { fields: HeaderFields; body: string; hadHeader: boolean } {
  const empty: HeaderFields = { title: null, outlet: null, url: null, date: null, rawDate: null };
  const lines = text.split(/\r\n|\r|\n/);
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === "") i++;
  const fenced = lines[i]?.trim() === "---";
  if (fenced) i++;
  const fields = { ...empty };
  let seenKey = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "---" && seenKey) {
      return { fields, body: lines.slice(i + 1).join("\n"), hadHeader: true };
    }
    const m = KEY_RE.exec(line);
    if (!m) break;
    seenKey = true;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim().replace(/^["']|["']$/g, "");
    if (!value) continue;
    if (key === "title") fields.title = value;
    else if (key === "outlet" || key === "source" || key === "publication") fields.outlet = value;
    else if (key === "url" || key === "link") fields.url = value;
    else {
      fields.rawDate = value;
      fields.date = parseHeaderDate(value);
    }
  }
  return { fields: empty, body: text, hadHeader: false };
}

/** "https://www.example.co.uk/a/b" -> "example.co.uk"; null for social sites, which are never the outlet. */
export function outletFromUrl(url: string): string | null {
  const m = /^https?:\/\/([^/?#\s]+)/i.exec(url.trim());
  if (!m) return null;
  const host = m[1]!.toLowerCase().replace(/^www\./, "");
  if (SOCIAL_HOSTS.test(host)) return null;
  return host;
}

export const SOCIAL_HOSTS = /(^|\.)(facebook\.com|fb\.com|x\.com|twitter\.com|t\.co|instagram\.com|linkedin\.com|youtube\.com|youtu\.be|tiktok\.com|t\.me|telegram\.me|whatsapp\.com|wa\.me|pinterest\.com|reddit\.com|threads\.net|bsky\.app)$/;

import type { OrgMention } from "./entities/mentions";
import { LEXICON, isAcronym } from "./entities/lexicon";
import { phoneticKey } from "./entities/names";
import { foldName } from "./gazetteer";
import type { Organization } from "./schema";
import { byText, dedupeSources, mostFrequent, sourceOf, uniqueIds } from "./util";

// Government bodies are told apart by country (Pakistan's and Türkiye's foreign ministries);
// other groups are one group whatever demonym is put in front ("Afghan Taliban" = "Taliban").
const GOVERNMENT_BODY = /^(ministry|department|office|embassy|consulate|foreign office|home office|cabinet|parliament|senate|army|navy|police|government|presidency|armed forces|air force)\b/;

function canonicalCore(core: string): string {
  const folded = foldName(core).replace(/[’']s$/, "");
  return LEXICON.orgSynonyms[folded] ?? folded;
}

function soundKey(core: string): string {
  if (isAcronym(core)) return core.replace(/\./g, "").toLowerCase();
  const canon = LEXICON.orgSynonyms[foldName(core)];
  // Synonyms that name an acronym ("united nations" -> "un") share the acronym's key.
  if (canon && /^[a-z0-9]{2,6}$/.test(canon)) return canon;
  return core.split(/[\s-]+/).map(phoneticKey).join(" ");
}

/** "Rapid Support Forces" -> "RSF": initials of the capitalised words. */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

export function resolveOrganizations(mentions: OrgMention[]): Organization[] {
  // Union-find over mentions: same sound, same synonym, or said to be the same by the text.
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const keyOf = (m: OrgMention) => {
    const canon = canonicalCore(m.core);
    const base = LEXICON.orgSynonyms[foldName(m.core)] !== undefined ? canon : soundKey(m.core);
    return GOVERNMENT_BODY.test(canon) ? `${base}|${m.country ?? "?"}` : base;
  };
  const byKey = new Map<string, number>();
  mentions.forEach((m, i) => {
    const key = keyOf(m);
    if (byKey.has(key)) union(i, byKey.get(key)!);
    else byKey.set(key, i);
  });
  // A government body named without its country joins the one same-named body, if unique.
  mentions.forEach((m, i) => {
    const key = keyOf(m);
    if (!key.endsWith("|?")) return;
    const base = key.slice(0, -2);
    const others = [...byKey.entries()].filter(([k]) => k.startsWith(`${base}|`) && !k.endsWith("|?"));
    if (others.length === 1) union(i, others[0]![1]);
  });
  const byName = new Map<string, number>();
  mentions.forEach((m, i) => {
    const k = soundKey(m.core);
    if (!byName.has(k)) byName.set(k, i);
  });
  mentions.forEach((m, i) => {
    for (const other of m.sameAs) {
      const j = byName.get(soundKey(other));
      if (j !== undefined) union(i, j);
    }
  });
  // An acronym never spelled out joins the one long name whose initials it is.
  const byInitials = new Map<string, number[]>();
  mentions.forEach((o, j) => {
    if (isAcronym(o.core)) return;
    for (const key of new Set([initials(o.surface.text), initials(o.core)])) byInitials.set(key, [...(byInitials.get(key) ?? []), j]);
  });
  mentions.forEach((m, i) => {
    if (!isAcronym(m.core)) return;
    const fits = new Set((byInitials.get(m.core.replace(/\./g, "")) ?? []).map(find));
    if (fits.size === 1) union(i, [...fits][0]!);
  });
  const groups = new Map<number, OrgMention[]>();
  mentions.forEach((m, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), m]));
  const orgs = [...groups.values()].map(toOrganization);
  const ids = uniqueIds(orgs, (o) => o.name);
  return orgs.map((o, i) => ({ ...o, id: ids[i]! })).sort((a, b) => b.mentions.length - a.mentions.length || byText(a.name, b.name));
}

function toOrganization(group: OrgMention[]): Organization {
  const cores = group.map((m) => m.core);
  const acronyms = cores.filter(isAcronym);
  const longNames = cores.filter((c) => !isAcronym(c));
  const acronym = mostFrequent(acronyms, byText);
  // The expansion only when the text pairs the long name with the acronym: "Long Name (TTP)".
  const expansionMention = acronym ? group.find((m) => m.sameAs.includes(acronym) && !isAcronym(m.core)) : undefined;
  const country = mostFrequent(group.map((m) => m.country).filter((c): c is string => c !== null), byText);
  let name = mostFrequent(longNames, (a, b) => b.length - a.length || byText(a, b)) ?? acronym ?? cores[0]!;
  if (country && GOVERNMENT_BODY.test(canonicalCore(name))) name = `${name} (${country})`;
  return {
    id: "",
    name,
    aliases: [...new Set(group.map((m) => m.surface.text))].sort(byText),
    acronym,
    expansion: expansionMention?.core ?? null,
    country,
    mentions: dedupeSources(group.map((m) => sourceOf(m.articleId, m.sentence, m.surface.text))),
  };
}

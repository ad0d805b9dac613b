import type { PersonMention } from "./entities/mentions";
import { isNameVariant, sameNameWord } from "./entities/names";
import { countryOf } from "./gazetteer";
import type { Organization, Person } from "./schema";
import { byText, dedupeSources, mostFrequent, sourceOf, uniqueIds } from "./util";

type Cluster = { core: string[]; mentions: PersonMention[] };

// Scholars and analysts are affiliated with their institution; they do not act for it.
const AFFILIATION_ROLE = /\b(professor|lecturer|fellow|researcher|analyst|expert|scholar|student|economist)\b/i;
const STATE_ROLE = /\b(emirate|republic|kingdom|government|ministry|department|office|presidency|cabinet|embassy|army|armed forces|police|agency|intelligence)\b/i;

/**
 * Merges mentions into people. Variants join when the shorter name's words match the
 * longer name's in order (exactly, by sound, or as an abbreviation); a one-word name joins
 * only when exactly one person fits, so "Mujahid" alone never merges two people.
 */
export function resolvePeople(mentions: PersonMention[], organizations: Organization[], articleCountries: Map<string, string> = new Map()): Person[] {
  const byCore = new Map<string, PersonMention[]>();
  for (const m of mentions) {
    const key = m.core.join(" ");
    byCore.set(key, [...(byCore.get(key) ?? []), m]);
  }
  const cores = [...byCore.keys()].sort((a, b) => b.split(" ").length - a.split(" ").length || byText(a, b));
  const clusters: Cluster[] = [];
  for (const key of cores) {
    const words = key.split(" ");
    const group = byCore.get(key)!;
    const fits = clusters.filter((c) => isNameVariant(words, c.core) || (words.length === c.core.length && words.every((w, i) => sameNameWord(w, c.core[i]!))));
    if (fits.length === 1) {
      fits[0]!.mentions.push(...group);
      continue;
    }
    // A lone word with no or several candidates is no person on its own.
    if (words.length === 1 || group.every((m) => m.bare)) continue;
    clusters.push({ core: words, mentions: [...group] });
  }
  const people = clusters.map((c) => toPerson(c, organizations, articleCountries));
  const ids = uniqueIds(people, (p) => p.name);
  return people.map((p, i) => ({ ...p, id: ids[i]! })).sort((a, b) => b.mentions.length - a.mentions.length || byText(a.name, b.name));
}

function toPerson(cluster: Cluster, organizations: Organization[], articleCountries: Map<string, string>): Omit<Person, "id"> & { id: string } {
  const names = cluster.mentions.map((m) => m.name.text);
  const aliases = [...new Set(names)].sort(byText);
  const name = [...aliases].sort((a, b) => b.split(" ").length - a.split(" ").length || b.length - a.length || names.filter((n) => n === b).length - names.filter((n) => n === a).length || byText(a, b))[0]!;
  const all = cluster.mentions.filter((m) => m.role);
  // A rank alone ("Gen.") is a role only when nothing better was said.
  const isRank = (t: string) => /^(gen|gen\.|brig\.|col\.|lt\.|maj\.|capt\.|adm\.|sgt\.|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.)$/i.test(t.trim());
  const informative = all.filter((m) => !isRank(m.role!.text));
  const roles = (informative.length ? informative : all)
    .map((m) => ({ text: m.role!.text, how: m.role!.how, source: sourceOf(m.articleId, m.sentence, m.role!.text) }));
  const roleTexts = roles.map((r) => r.text);
  const normalise = (r: string) => r.toLowerCase().replace(/defense/g, "defence").replace(/^\p{L}+[’']s /u, "");
  const best = mostFrequent(roleTexts.map(normalise), byText);
  // Among the spellings of the most common role, prefer an appositive, then the longest.
  const role = best === null ? null : roles.filter((r) => normalise(r.text) === best).sort((a, b) => Number(b.how === "appositive") - Number(a.how === "appositive") || b.text.length - a.text.length || byText(a.text, b.text))[0]!.text;
  const appositive = roles.find((r) => r.how === "appositive" && normalise(r.text) !== best);
  return {
    id: "",
    name,
    aliases,
    role: appositive && role ? `${role}; ${appositive.text}` : role,
    roles: dedupeRoles(roles),
    side: sideOf(cluster, organizations, articleCountries),
    mentions: dedupeSources(cluster.mentions.map((m) => sourceOf(m.articleId, m.sentence, m.name.text))),
  };
}

function dedupeRoles(roles: { text: string; source: Person["mentions"][number] }[]): Person["roles"] {
  const seen = new Set<string>();
  return roles.filter((r) => (seen.has(r.text) ? false : (seen.add(r.text), true))).map((r) => ({ text: r.text, source: r.source }));
}

/**
 * The country or party a person acts for: country words in their role, the country of an
 * organisation in their role (or the organisation itself when it is a party such as the ELN),
 * then the nearest country word, then the country their article is mostly about.
 */
function sideOf(cluster: Cluster, organizations: Organization[], articleCountries: Map<string, string>): string | null {
  const score = new Map<string, number>();
  const add = (country: string, w: number) => score.set(country, (score.get(country) ?? 0) + w);
  for (const m of cluster.mentions) {
    for (const h of m.sideHints) add(h.country, h.weight);
    for (const r of m.roleTexts) {
      // "envoy for Sudan", "ambassador to China": the country served, not the side;
      // "spokesperson for Pakistan's Ministry": the owner, the side.
      for (const target of r.matchAll(/\b(?:for|to) (\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)(?![’']s)\b/gu)) {
        const c = countryOf(target[1]!);
        if (c) add(c.name, -2.5);
      }
    }
    for (const orgName of m.roleOrgs) {
      const org = organizations.find((o) => o.aliases.includes(orgName) || o.name === orgName);
      const country = org?.country ?? countryOf(orgName.split(" ")[0]!)?.name;
      if (country) add(country, 3);
      // A non-state party (armed group, UN agency) is itself the side; a state role
      // ("chief of the Islamic Emirate's intelligence agency") acts for the country instead.
      else if (org && m.role && !STATE_ROLE.test(m.role.text) && !AFFILIATION_ROLE.test(m.role.text)) add(org.acronym ?? org.name, 2.5);
    }
    const fallback = articleCountries.get(m.articleId);
    if (fallback) add(fallback, 0.04);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]));
  return ranked[0] && ranked[0][1] >= 0.03 ? ranked[0][0] : null;
}

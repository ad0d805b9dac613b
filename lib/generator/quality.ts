import { LEXICON } from "./entities/lexicon";
import { countryOf } from "./gazetteer";
import type { ParleyModule } from "./schema";

// Scores a generated module against a hand-made reference (gold.json). Used by
// scripts/generator-quality.ts and by the tests that hold the figures to thresholds.

type GoldEntity = { canonical?: string; id?: string; aliases: string[]; role?: string; role_keywords?: string[]; side?: string; boilerplate?: boolean };
type GoldDate = { surface: string; file: string; iso?: string | null; event?: string };
type GoldClaim = [string, ...unknown[]];
export type Gold = {
  people: GoldEntity[];
  boilerplate_people?: string[];
  organizations: GoldEntity[];
  places: GoldEntity[];
  dates_absolute: GoldDate[];
  contradictions: { id: string; soft?: boolean; claims: GoldClaim[] }[];
  boilerplate_lines: Record<string, string[] | Record<string, string[]>>;
  ignore: string[];
};

export type Score = { tp: number; fp: number; fn: number; precision: number; recall: number };
export type QualityReport = {
  people: Score;
  peopleWithRoles: Score;
  sideAccuracy: number;
  organizations: Score;
  places: Score;
  datedEvents: Score;
  disagreements: Score;
  boilerplate: Score;
  misses: Record<string, string[]>;
};

export const norm = (s: string) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘]/g, "'").toLowerCase().replace(/#\d+$/, "").replace(/\s+/g, " ").trim();

function score(tp: number, fp: number, fn: number): Score {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { tp, fp, fn, precision: round(tp + fp === 0 ? 1 : tp / (tp + fp)), recall: round(tp + fn === 0 ? 1 : tp / (tp + fn)) };
}

/**
 * Entity matching on names: a predicted entity is right when one of its spellings is one of
 * the reference's. A second prediction for an entity already matched is a false positive
 * (an unmerged variant); predictions naming ignored words count neither way.
 */
function scoreEntities(predicted: { name: string; aliases: string[] }[], gold: GoldEntity[], ignore: string[], boilerplateNames: string[], misses: string[]) {
  const live = gold.filter((g) => !g.boilerplate);
  const ignored = new Set(ignore.map(norm));
  const dead = new Set([...boilerplateNames, ...gold.filter((g) => g.boilerplate).flatMap((g) => g.aliases)].map(norm));
  const matched = new Map<GoldEntity, { name: string; aliases: string[] }>();
  let fp = 0;
  for (const p of predicted) {
    const names = [p.name, ...p.aliases].map(norm);
    const surfaces = p.aliases.map(norm);
    const g = live.find((x) => x.aliases.some((a) => names.includes(norm(a))));
    if (g && !matched.has(g)) matched.set(g, p);
    else if (g) {
      fp++;
      misses.push(`duplicate: ${p.name}`);
    } else if (surfaces.every((n) => ignored.has(n)) && !names.some((n) => dead.has(n))) continue;
    else {
      fp++;
      misses.push(`extra: ${p.name}`);
    }
  }
  for (const g of live) if (!matched.has(g)) misses.push(`missed: ${g.canonical ?? g.id ?? g.aliases[0]}`);
  return { matched, score: score(matched.size, fp, live.length - matched.size) };
}

const STOP = new Set(["the", "of", "for", "a", "an", "and", "leads", "s", "in", "at", "'s"]);
function roleOk(predicted: string | null, g: GoldEntity): boolean {
  if (!predicted || !g.role) return false;
  const p = norm(predicted);
  if (g.role_keywords) return g.role_keywords.some((k) => p.includes(norm(k)));
  const goldWords = norm(g.role).split(/[^a-z]+/).filter((w) => w && !STOP.has(w) && !countryOf(w));
  return goldWords.some((w) => LEXICON.roleNouns.has(w) && p.split(/[^a-z]+/).includes(w));
}

function fileOf(module: ParleyModule, articleId: string): string {
  return module.articles.find((a) => a.id === articleId)?.file ?? "";
}

const stripWhen = (s: string) => norm(s).replace(/^(on|late|early|in|since|by) /, "").replace(/ (evening|morning|night|afternoon)$/, "");

function scoreDates(module: ParleyModule, gold: Gold, misses: string[]): Score {
  const live = gold.dates_absolute.filter((d) => !/^\(/.test(d.event ?? ""));
  const dead = gold.dates_absolute.filter((d) => /^\(/.test(d.event ?? ""));
  const entries = module.timeline.flatMap((t) => [t.source, ...t.alsoReportedBy].map((s) => ({ t, file: fileOf(module, s.articleId) })));
  const dated = module.timeline.filter((t) => t.precision !== "relative" || t.date !== null);
  const fits = (d: GoldDate, e: { t: (typeof module.timeline)[number]; file: string }) =>
    d.file.split("/").some((f) => e.file.startsWith(f)) && (stripWhen(e.t.when) === stripWhen(d.surface) || norm(e.t.when).includes(norm(d.surface)) || norm(d.surface).includes(stripWhen(e.t.when)));
  let tp = 0;
  for (const d of live) {
    const hit = entries.find((e) => fits(d, e) && (d.iso === undefined || d.iso === null || e.t.date === d.iso));
    if (hit) tp++;
    else misses.push(`missed date: ${d.surface} (${d.file})${d.iso ? ` = ${d.iso}` : ""}`);
  }
  let fp = 0;
  for (const t of dated) {
    const own = [t.source, ...t.alsoReportedBy].map((s) => ({ t, file: fileOf(module, s.articleId) }));
    const good = live.some((d) => own.some((e) => fits(d, e)));
    const bad = dead.some((d) => own.some((e) => fits(d, e)));
    if (!good || bad) {
      fp++;
      misses.push(`extra date: ${t.when} (${t.date ?? "unpinned"})`);
    }
  }
  return score(tp, fp, live.length - tp);
}

function quoteMatches(predicted: string, goldQuote: string): boolean {
  const p = norm(predicted);
  const g = norm(goldQuote).replace(/\.\.\./g, " ");
  if (p.includes(g) || g.includes(p)) return true;
  const gw = g.split(/\W+/).filter((w) => w.length > 2);
  const pw = new Set(p.split(/\W+/));
  return gw.length > 0 && gw.filter((w) => pw.has(w)).length / gw.length >= 0.6;
}

function scoreDisagreements(module: ParleyModule, gold: Gold, misses: string[]): Score {
  const hard = gold.contradictions.filter((c) => !c.soft);
  const found = new Set<string>();
  let fp = 0;
  for (const d of module.disagreements) {
    const hit = gold.contradictions.find((c) => {
      const files = new Set<string>();
      for (const claim of d.claims) {
        const file = fileOf(module, claim.articleId);
        const g = c.claims.find((gc) => file.startsWith(String(gc[0])) && quoteMatches(claim.source.quote, String(gc[gc.length - 1])));
        if (g) files.add(file);
      }
      return files.size >= 2;
    });
    if (hit) found.add(hit.id);
    else {
      fp++;
      misses.push(`extra disagreement: ${d.topic}`);
    }
  }
  const tp = hard.filter((c) => found.has(c.id)).length;
  for (const c of hard) if (!found.has(c.id)) misses.push(`missed disagreement: ${c.id}`);
  return score(tp, fp, hard.length - tp);
}

function scoreBoilerplate(module: ParleyModule, gold: Gold, misses: string[]): Score {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const a of module.articles) {
    const key = Object.keys(gold.boilerplate_lines).find((k) => !k.startsWith("_") && a.file.startsWith(k));
    const lines = key ? (gold.boilerplate_lines[key] as string[]).map(norm) : [];
    const removed = a.removed.map((r) => norm(r.text));
    for (const l of lines) {
      if (removed.includes(l)) tp++;
      else {
        fn++;
        misses.push(`kept boilerplate (${a.file}): ${l.slice(0, 60)}`);
      }
    }
    for (const r of removed) {
      if (lines.includes(r)) continue;
      fp++;
      misses.push(`removed text (${a.file}): ${r.slice(0, 60)}`);
    }
  }
  return score(tp, fp, fn);
}

export function evaluateModule(module: ParleyModule, gold: Gold): QualityReport {
  const misses: Record<string, string[]> = { people: [], organizations: [], places: [], dates: [], disagreements: [], boilerplate: [] };
  const people = scoreEntities(module.people, gold.people, gold.ignore, gold.boilerplate_people ?? [], misses.people!);
  let rolesRight = 0;
  let sidesRight = 0;
  for (const [g, p] of people.matched) {
    const person = module.people.find((x) => x.name === p.name)!;
    if (roleOk(person.role, g)) rolesRight++;
    else misses.people!.push(`role: ${person.name} = ${person.role ?? "none"} (gold: ${g.role})`);
    // A party may be named by its acronym ("EU" for "European Union").
    const sideNames = (side: string) => [side, ...(module.organizations.find((o) => o.acronym === side || o.name === side)?.aliases ?? [])].map(norm);
    if (g.side && person.side && sideNames(person.side).includes(norm(g.side))) sidesRight++;
    else misses.people!.push(`side: ${person.name} = ${person.side ?? "none"} (gold: ${g.side})`);
  }
  const livePeople = gold.people.filter((g) => !g.boilerplate).length;
  const predictedPeople = people.score.tp + people.score.fp;
  return {
    people: people.score,
    peopleWithRoles: score(rolesRight, predictedPeople - rolesRight, livePeople - rolesRight),
    sideAccuracy: people.matched.size ? Math.round((sidesRight / people.matched.size) * 1000) / 1000 : 0,
    organizations: scoreEntities(module.organizations, gold.organizations, gold.ignore, [], misses.organizations!).score,
    places: scoreEntities(module.places, gold.places, gold.ignore, [], misses.places!).score,
    datedEvents: scoreDates(module, gold, misses.dates!),
    disagreements: scoreDisagreements(module, gold, misses.disagreements!),
    boilerplate: scoreBoilerplate(module, gold, misses.boilerplate!),
    misses,
  };
}

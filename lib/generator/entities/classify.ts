import { countryOf, lookupDemonym, lookupPlace } from "../gazetteer";
import type { PlaceKind } from "../schema";
import type { SentenceDraft } from "../types";
import { isAcronym, LEXICON } from "./lexicon";
import type { Mention, OrgMention, PersonMention, PlaceMention, Span } from "./mentions";
import { findRuns, toUnits, type Run, type Unit } from "./runs";

// Types each capitalised run by cues, most reliable first: the gazetteer, organisation
// words and acronyms, then people by a title, an appositive role or a speech verb, then
// places by a preposition or a "province"-like word. Runs without a cue are left out:
// precision matters more than recall in a quiz.

const ACR_AFTER = /^\s*\(([A-Z][A-Za-z0-9.]{1,7})\)/;
const ROLE_TAIL = /^,\s+((?:the |a |an )?[^,;:()"“”]{2,90}?)(?=,\s*(?:said|says|told|added|is|was|has|who|warned|stated|noted)\b|[,.;:]|\s+\(|\s+(?:said|says|told|added)\b|$)/;
// Last words that make a run a place whatever its part of speech: "Second Thomas Shoal".
const GEO_HEADS = new Set(["shoal", "reef", "island", "islands", "sea", "strait", "bay", "gulf", "river", "lake", "mountains", "mountain", "valley", "province", "district", "region", "peninsula", "desert", "plateau", "canal", "pass", "corridor", "basin", "coast", "heights", "strip", "atoll", "archipelago", "oblast", "governorate", "county"]);

export type UnclassifiedRun = { run: Run; articleId: string };

export function classifySentence(sentence: SentenceDraft, articleId: string, out: Mention[], leftovers: UnclassifiedRun[]): void {
  const units = toUnits(sentence.tokens);
  const runs = findRuns(sentence, units);
  const hints = countryHints(units);
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const prev = r > 0 ? runs[r - 1]! : null;
    const possessiveCountry = prev && prev.possessive && prev.units[prev.units.length - 1]!.index + 2 >= run.units[0]!.index ? countryOf(prev.text) : null;
    const mentions = classifyRun(run, units, articleId, possessiveCountry?.name ?? null, prev, hints);
    if (mentions === null) leftovers.push({ run, articleId });
    else out.push(...mentions);
  }
}

function span(sentence: SentenceDraft, start: number, end: number): Span {
  return { text: sentence.text.slice(start - sentence.start, end - sentence.start), start, end };
}

function place(run: Run, articleId: string, start: number, end: number, kind: PlaceKind | null): PlaceMention {
  const surface = span(run.sentence, start, end);
  const entry = lookupPlace(surface.text);
  return { kind: "place", sentence: run.sentence, articleId, surface, entry, placeKind: entry?.kind ?? kind ?? "unknown" };
}

function org(run: Run, articleId: string, start: number, end: number, country: string | null, core: string): OrgMention {
  return { kind: "org", sentence: run.sentence, articleId, surface: span(run.sentence, start, end), core, country, acronym: isAcronym(core) ? core : null, sameAs: [], description: null };
}

const RANKS = new Set(["gen.", "gen", "lt.", "col.", "maj.", "brig.", "adm.", "capt.", "sgt.", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr", "prof.", "sir", "dame", "lord", "lady", "general", "colonel", "major", "brigadier", "captain", "lieutenant", "admiral", "sergeant"]);
const unitParts = (u: Unit) => u.text.split(/-|\//).filter(Boolean);
const PERSON_TITLE_END = new Set(["minister", "secretary", "chief", "spokesperson", "spokesman", "spokeswoman", "commander", "director", "president", "head", "adviser", "advisor", "ambassador", "envoy", "general", "chairman", "governor", "mayor", "leader"]);

/**
 * An organisation word names the group when it ends the name ("Pakistan Army", "Islamic
 * Emirate"), is followed by "of"/"for" ("Ministry of Foreign Affairs"), or heads a hyphenated
 * name ("Tehreek-e-Taliban"); "Trust Deficit" and "Army Chief" are not organisations.
 */
function isOrgHeadAt(run: Run, u: Unit, k: number): boolean {
  const parts = unitParts(u);
  if (parts.length > 1 && isOrgWord(parts[0]!)) return true;
  if (!isOrgWord(u.text)) return false;
  const next = run.units[k + 1];
  if (!next) return true;
  if (/^(of|for)$/i.test(next.text)) return true;
  const last = run.units[run.units.length - 1]!.text.toLowerCase();
  return !PERSON_TITLE_END.has(last) && run.units.slice(k + 1).every((n) => isOrgWord(n.text) || lookupPlace(n.text) !== null);
}
const isOrgWord = (w: string) => LEXICON.orgHeads.has(w.toLowerCase());
const isKnownOrg = (s: string) => LEXICON.knownOrgs.has(s.toLowerCase());

function classifyRun(run: Run, units: Unit[], articleId: string, possessiveCountry: string | null, prev: Run | null, hints: Hint[]): Mention[] | null {
  const { sentence } = run;
  const text = run.text;
  if (run.units.length === 1 && LEXICON.notEntities.has(text.toLowerCase())) return [];
  if (run.units.length === 1 && lookupDemonym(text) && !lookupPlace(text)) return [];

  // Compounds of names ("Pakistan-Afghanistan", "U.S.-Taliban", "FAK/TTP"): each part on its own.
  if (run.units.length === 1 && /[-/]/.test(text)) {
    const parts = splitCompound(run, articleId);
    if (parts) return parts;
  }

  const afterText = sentence.text.slice(run.end - sentence.start);
  // "The Hague": the article belongs to the name.
  const withThe = sentence.text.slice(Math.max(0, run.start - sentence.start - 4), run.start - sentence.start) === "The " ? lookupPlace(`The ${text}`) : null;
  if (withThe) return [place(run, articleId, run.start - 4, run.end, null)];
  const whole = lookupPlace(text);
  if (whole && !run.units.some((u) => isOrgWord(u.text))) return [place(run, articleId, run.start, run.end, null)];

  // Organisations: a head word ("Ministry", "Office"), a known name, or an acronym.
  const lead = leadingCountryUnits(run);
  const coreUnits = run.units.slice(lead);
  const coreText = coreUnits.length ? span(sentence, coreUnits[0]!.start, run.end).text : "";
  const acrAfter = ACR_AFTER.exec(afterText);
  const hasOrgWord = run.units.some((u, k) => isOrgHeadAt(run, u, k));
  if (coreText && (hasOrgWord || isKnownOrg(coreText) || isKnownOrg(text) || acrAfter)) {
    const country = lead > 0 ? countryOf(run.units[0]!.text)?.name ?? null : possessiveCountry;
    const m = org(run, articleId, run.start, run.end, country, coreText);
    if (isAcronym(coreText)) m.description = describeBefore(sentence, run);
    // With an organisation word the acronym may come from another language ("National
    // Liberation Army (ELN)"); without one its letters must fit the name.
    if (acrAfter && isAcronym(acrAfter[1]!.replace(/\./g, "")) && (hasOrgWord || isKnownOrg(coreText) || initialsFit(acrAfter[1]!, text))) m.sameAs.push(acrAfter[1]!);
    return [m];
  }
  if (run.units.length === 1 && isAcronym(text) && !LEXICON.acronymStop.has(text.replace(/\./g, "").toUpperCase())) {
    const m = org(run, articleId, run.start, run.end, possessiveCountry, text);
    m.description = describeBefore(sentence, run);
    return [m];
  }

  // People: a title or honorific, an appositive role, a role just before, or a speech verb.
  let i = 0;
  while (i < run.units.length - 1 && (LEXICON.titleWords.has(run.units[i]!.text.toLowerCase()) || (i + 1 < run.units.length && lookupDemonym(run.units[i]!.text) !== null) || (i > 0 && /^(of|the)$/i.test(run.units[i]!.text)))) i++;
  const titleUnits = run.units.slice(0, i).filter((u) => LEXICON.titleWords.has(u.text.toLowerCase()));
  const nameUnits = run.units.slice(i);
  const nameText = nameUnits.length ? span(sentence, nameUnits[0]!.start, run.end) : null;
  const honorific = nameUnits.length > 1 && LEXICON.honorifics.has(nameUnits[0]!.text.toLowerCase());
  const nameLooksOk =
    nameText !== null &&
    nameUnits.length <= 5 &&
    nameUnits.every((u, k) => (/^\p{Lu}[\p{L}'’.-]*$/u.test(u.text) || (k > 0 && /^(bin|ibn|bint|al|el|de|da|di|van|von|der|del|la|le)$/.test(u.text))) && !isAcronym(u.text) && !LEXICON.titleWords.has(u.text.toLowerCase()) && !LEXICON.notEntities.has(u.text.toLowerCase())) &&
    !lookupPlace(nameText.text) &&
    !isKnownOrg(nameText.text);
  if (nameLooksOk && nameText) {
    const appositive = ROLE_TAIL.exec(afterText);
    const appositiveRole = appositive && hasRoleNoun(appositive[1]!, 6) ? extendRole(sentence, run.end + afterText.indexOf(appositive[1]!), appositive[1]!) : null;
    const before = roleBefore(sentence, run);
    const next = units[run.units[run.units.length - 1]!.index + 1];
    const prevUnit = units[run.units[0]!.index - 1];
    // "X said" and, in wire copy, "said X".
    const speaks = nameUnits.length >= 2 && ((!!next && LEXICON.speechVerbs.has(next.text.toLowerCase()) && !/^(is|was|has|had|who)$/i.test(next.text)) || (!!prevUnit && /^(said|says|told|added|wrote)$/i.test(prevUnit.text)));
    let role: PersonMention["role"] = null;
    if (titleUnits.length > 0) {
      const roleStart = possessiveCountry && prev ? prev.start : run.units[0]!.start;
      role = { ...span(sentence, roleStart, run.units[i - 1]!.end), how: "title" };
    }
    // A rank alone ("Gen.", "Brig.") says less than an appositive or a role before the name.
    const rankOnly = role !== null && titleUnits.every((u) => RANKS.has(u.text.toLowerCase()));
    if (appositiveRole) role = { ...appositiveRole, how: "appositive" };
    else if (before && (!role || rankOnly)) role = { ...before, how: "preceding" };
    if (role || honorific || speaks) {
      const core = nameUnits.filter((u, k) => !(k === 0 && honorific)).flatMap((u) => u.text.replace(/\.$/, "").split(/\s+/));
      const roleTexts = [titleUnits.length > 0 ? span(sentence, run.units[0]!.start, run.units[i - 1]!.end).text : null, appositiveRole?.text, before?.text].filter((t): t is string => !!t);
      const roleOrgs = role ? (roleTexts.join(" ; ").match(/\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)*/gu) ?? []).filter((w) => isKnownOrg(w) || w.split(/\s/).some(isOrgWord) || (isAcronym(w) && !lookupPlace(w) && !LEXICON.acronymStop.has(w))) : [];
      const person: PersonMention = {
        kind: "person",
        sentence,
        articleId,
        name: nameText,
        core,
        role,
        sideHints: sideHintsFor(hints, nameUnits[0]!.index, role, sentence),
        roleOrgs,
        roleTexts,
        bare: false,
      };
      const out: Mention[] = [person];
      return out;
    }
  }

  // Places without a gazetteer entry: "in North Waziristan", "Kurram district".
  const suffix = LEXICON.placeSuffixes.find((s) => afterText.toLowerCase().startsWith(` ${s}`) && !/^\s\p{L}+\p{Lu}/u.test(afterText));
  const lastWord = run.units[run.units.length - 1]!.text.toLowerCase();
  if (run.units.length >= 2 && run.units.length <= 4 && GEO_HEADS.has(lastWord) && !run.units.some((u) => isAcronym(u.text))) {
    return [place(run, articleId, run.start, run.end, "region")];
  }
  let before = units[run.units[0]!.index - 1];
  if (before && /^the$/i.test(before.text)) before = units[run.units[0]!.index - 2];
  if (run.units.length <= 3 && run.units.every((u) => u.pos === "PROPN" && !isAcronym(u.text) && !LEXICON.titleWords.has(u.text.toLowerCase()) && !LEXICON.notEntities.has(u.text.toLowerCase()))) {
    if (suffix) return [place(run, articleId, run.start, run.end, (LEXICON.placeKindBySuffix[suffix] as PlaceKind | undefined) ?? "region")];
    if (before && LEXICON.placePrepositions.has(before.text) && !run.possessive && !/^\s*(said|says|and)\b/.test(afterText)) {
      return [place(run, articleId, run.start, run.end, null)];
    }
  }
  return null;
}

function splitCompound(run: Run, articleId: string): Mention[] | null {
  const parts = run.text.split(/([-/])/);
  const names = parts.filter((_, k) => k % 2 === 0);
  const slash = run.text.includes("/");
  const typed = names.map((n) => (lookupPlace(n) ? "place" : isKnownOrg(n) || (isAcronym(n) && !LEXICON.acronymStop.has(n)) ? "org" : null));
  if (typed.some((t) => t === null) || names.length < 2) return null;
  const out: Mention[] = [];
  let offset = run.start;
  const orgs: OrgMention[] = [];
  for (let k = 0; k < names.length; k++) {
    const n = names[k]!;
    if (typed[k] === "place") out.push(place(run, articleId, offset, offset + n.length, null));
    else {
      const m = org(run, articleId, offset, offset + n.length, null, n);
      orgs.push(m);
      out.push(m);
    }
    offset += n.length + 1;
  }
  // "FAK/TTP": the slash gives two names for one group.
  if (slash) for (const m of orgs) m.sameAs.push(...orgs.filter((o) => o !== m).map((o) => o.core));
  return out;
}

/** Leading units that name a country ("Afghan Taliban", "Turkish Ministry"). */
function leadingCountryUnits(run: Run): number {
  let n = 0;
  while (n < run.units.length - 1 && countryOf(run.units[n]!.text)) n++;
  return n;
}

function initialsFit(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, "");
  const initials = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toUpperCase()).join("");
  let j = 0;
  for (const ch of initials) if (ch === letters[j]) j++;
  return letters.length > 0 && initials[0] === letters[0] && j === letters.length;
}

function hasRoleNoun(phrase: string, within: number): boolean {
  const words = phrase.toLowerCase().split(/\s+/).slice(0, within);
  return words.some((w) => LEXICON.roleNouns.has(w.replace(/[^a-z-]/g, "")));
}

/** Appositive roles may end in a short naming tail: ", the ISI" or ", GDI". */
function extendRole(sentence: SentenceDraft, start: number, role: string): Span {
  let end = start + role.length;
  const tail = /^,\s+(?:the\s+)?[A-Z][A-Za-z]{1,6}\b(?=[,.;]|$)/.exec(sentence.text.slice(end - sentence.start));
  if (tail) end += tail[0].length;
  return span(sentence, start, end);
}

/** "the Taliban spokesperson, Zabiullah Mujahid": a role phrase right before the name. */
function roleBefore(sentence: SentenceDraft, run: Run): Span | null {
  const before = sentence.text.slice(0, run.start - sentence.start);
  const m = /(?:^|[\s(])(?:the |a |an )?((?:[\p{L}’'.-]+ ){0,3}?([\p{Ll}-]+)),? $/u.exec(before);
  if (!m || !LEXICON.roleNouns.has(m[2]!)) return null;
  const words = m[1]!.split(" ");
  // Keep the role phrase from its first capitalised or role word ("Taliban spokesperson").
  const startIdx = words.findIndex((w) => /^\p{Lu}/u.test(w) || LEXICON.roleNouns.has(w));
  const phrase = words.slice(Math.max(0, startIdx)).join(" ");
  const start = sentence.start + before.lastIndexOf(phrase);
  return span(sentence, start, start + phrase.length);
}

/** "Pakistan's intelligence agency, the ISI": the description of an acronym. */
function describeBefore(sentence: SentenceDraft, run: Run): Span | null {
  const before = sentence.text.slice(0, run.start - sentence.start);
  const m = /((?:(?:the )?(?:\p{Lu}\p{L}+ ){0,2}\p{Lu}\p{L}+[’']s )?(?:[\p{L}-]+ ){0,3}(?:agency|service|group|party|force|forces|movement|organi[sz]ation|body|militia|network|council|ministry|office|alliance|coalition|wing)),\s*(?:the\s+)?$/u.exec(before);
  if (!m) return null;
  const start = sentence.start + before.lastIndexOf(m[1]!);
  return span(sentence, start, start + m[1]!.length);
}

type Hint = { country: string; index: number };

function countryHints(units: Unit[]): Hint[] {
  const hints: Hint[] = [];
  for (const u of units) {
    if (!u.capital) continue;
    for (const part of u.text.split("-")) {
      const c = countryOf(part.replace(/[’']s$/, ""));
      if (c) hints.push({ country: c.name, index: u.index });
    }
  }
  return hints;
}

function sideHintsFor(hints: Hint[], at: number, role: Span | null, sentence: SentenceDraft): PersonMention["sideHints"] {
  const out: PersonMention["sideHints"] = [];
  if (role) {
    for (const word of role.text.split(/[\s,]+/)) {
      const c = countryOf(word.replace(/[’']s$/, ""));
      if (c) out.push({ country: c.name, weight: 3 });
    }
  }
  for (const h of hints) {
    const distance = Math.abs(h.index - at);
    // A country word before the name ("An Afghan delegation led by ...") counts a little more.
    out.push({ country: h.country, weight: (h.index < at ? 1.2 : 1) / (1 + distance) });
  }
  void sentence;
  return out;
}

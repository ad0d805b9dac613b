import { countryOf, lookupDemonym, lookupPlace } from "../gazetteer";
import type { PlaceKind } from "../schema";
import type { SentenceDraft } from "../types";
import { isAcronym, LEXICON } from "./lexicon";
import type { Mention, OrgMention, PersonMention, PlaceMention } from "./mentions";
import { countryHints, describeBefore, extendRole, hasRoleNoun, nicknameAfter, roleBefore, sideHintsFor, span, type Hint } from "./person-cues";
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
  const runs = joinRunsForAcronyms(sentence, findRuns(sentence, units));
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
const PERSON_TITLE_END = new Set(["minister", "secretary", "chief", "spokesperson", "spokesman", "spokeswoman", "commander", "director", "president", "head", "adviser", "advisor", "ambassador", "envoy", "general", "chairman", "governor", "mayor", "leader", "premier", "representative", "chancellor", "commissioner", "undersecretary", "negotiator"]);

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
  // "Prime Minister Nikol Pashinyan of Armenia": the country after "of" is a side, not a name.
  const ofAt = run.units.findIndex((u, k) => k > 1 && u.text === "of" && countryOf(span(sentence, run.units[k + 1]!.start, run.end).text) !== null);
  if (ofAt > 0) {
    const country = countryOf(span(sentence, run.units[ofAt + 1]!.start, run.end).text)!;
    const trimmed: Run = { ...run, units: run.units.slice(0, ofAt), end: run.units[ofAt - 1]!.end, text: span(sentence, run.start, run.units[ofAt - 1]!.end).text };
    const inner = classifyRun(trimmed, units, articleId, possessiveCountry ?? country.name, prev, hints);
    const countryPlace = place(run, articleId, run.units[ofAt + 1]!.start, run.end, null);
    if (inner) for (const m of inner) if (m.kind === "person") m.sideHints.push({ country: country.name, weight: 3 });
    return inner ? [...inner, countryPlace] : [countryPlace];
  }
  let i = 0;
  while (i < run.units.length - 1 && (LEXICON.titleWords.has(run.units[i]!.text.toLowerCase()) || (i + 1 < run.units.length && (lookupDemonym(run.units[i]!.text) !== null || countryOf(run.units[i]!.text) !== null)) || (i > 0 && /^(of|the)$/i.test(run.units[i]!.text)))) i++;
  // "US Treasury Secretary Scott Bessent": a title head word ("Secretary") with capitalised
  // portfolio words before it ends the title even when those words are not in the lexicon.
  const lastHead = run.units.reduce((at, u, k) => (k < run.units.length - 1 && k >= i && PERSON_TITLE_END.has(u.text.toLowerCase()) && run.units.slice(i, k).every((x) => x.capital) ? k : at), -1);
  if (lastHead >= i && lastHead < 4) i = lastHead + 1;
  // "Minister of Water Resources": words after "of" are the portfolio, not a name.
  if (i > 0 && /^(of|for|the)$/i.test(run.units[i - 1]!.text)) return [];
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
        nickname: nicknameAfter(sentence, run),
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
    const placeOf = /\b(village|town|city|province|region|district|county|state|exclave|enclave|island|port|municipality) of $/i.test(sentence.text.slice(Math.max(0, run.start - sentence.start - 20), run.start - sentence.start));
    if (placeOf || (before && LEXICON.placePrepositions.has(before.text) && !run.possessive && !/^\s*(said|says|and)\b/.test(afterText))) {
      return [place(run, articleId, run.start, run.end, null)];
    }
  }
  return null;
}

/**
 * "Organization for Security and Co-operation in Europe (OSCE)": the bracketed acronym shows
 * where a long name starts, across "and" or "in" that otherwise end a run.
 */
function joinRunsForAcronyms(sentence: SentenceDraft, runs: Run[]): Run[] {
  const out = [...runs];
  for (let r = out.length - 1; r > 0; r--) {
    const run = out[r]!;
    const acr = ACR_AFTER.exec(sentence.text.slice(run.end - sentence.start))?.[1];
    if (!acr || initialsFit(acr, run.text)) continue;
    for (let k = r - 1; k >= Math.max(0, r - 3); k--) {
      const gaps = out.slice(k, r).map((x, j) => sentence.text.slice(x.end - sentence.start, out[k + j + 1]!.start - sentence.start));
      if (!gaps.every((g) => /^ (and|in|for|of|on|the|de|du|des|la|y|&) (the )?$|^-$/.test(g))) break;
      const text = sentence.text.slice(out[k]!.start - sentence.start, run.end - sentence.start);
      if (!initialsFit(acr, text) || acr.replace(/[^A-Z]/g, "").length !== initialsOf(text).length) continue;
      const merged: Run = { ...run, units: out.slice(k, r + 1).flatMap((x) => x.units), text, start: out[k]!.start, first: out[k]!.first };
      out.splice(k, r - k + 1, merged);
      r = k;
      break;
    }
  }
  return out;
}

const initialsOf = (name: string) => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");

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


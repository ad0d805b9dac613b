import type { SentenceDraft, Token } from "../types";
import { FUNCTION_WORDS, LEXICON } from "./lexicon";

/** A word as written, with hyphenated parts joined ("Tehreek-e-Taliban", "al-Assad"). */
export type Unit = { text: string; start: number; end: number; pos: string; capital: boolean; index: number };

/** A run of capitalised words: a candidate name, with what surrounds it. */
export type Run = {
  units: Unit[];
  text: string;
  start: number;
  end: number;
  sentence: SentenceDraft;
  /** Followed by "'s" / "’s". */
  possessive: boolean;
  /** Index of the first unit in the sentence's unit list. */
  first: number;
};

const CONNECTORS = new Set(["of", "for", "de", "del", "da", "di", "du", "la", "le", "van", "von", "der", "den", "bin", "ibn", "bint", "al", "el", "y", "e", "&"]);

export function toUnits(tokens: Token[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = units[units.length - 1];
    const prevTok = tokens[i - 1];
    const joinable =
      prev &&
      prevTok &&
      !t.spaceBefore &&
      // The tokenizer splits some accented names ("Laj" "č" "ák"): letters touching letters are one word.
      ((/^\p{L}/u.test(t.text) && /\p{L}$/u.test(prevTok.text)) ||
        t.text === "-" || prevTok.text === "-" || (t.text === "/" && /^[A-Z]{2,}$/.test(prevTok.text)) || (prevTok.text === "/" && /^[A-Z]{2,}$/.test(t.text)));
    if (joinable && !/^[’']s$/.test(t.text)) {
      prev.text += t.text;
      prev.end = t.end;
      if (t.pos === "PROPN") prev.pos = "PROPN";
      continue;
    }
    units.push({ text: t.text, start: t.start, end: t.end, pos: t.pos, capital: /^\p{Lu}/u.test(t.text), index: units.length });
  }
  // A trailing hyphen belongs to a compound that ended oddly ("2020-"); trim it.
  for (const u of units) {
    if (u.text.length > 1 && u.text.endsWith("-")) {
      u.text = u.text.slice(0, -1);
      u.end -= 1;
    }
  }
  return units;
}

/**
 * Maximal runs of capitalised words, allowing "of", "bin", "al" and the like inside
 * ("Ministry of Foreign Affairs", "Mohammed bin Salman"). A sentence's first word is
 * dropped when it is a common word ("According", "The").
 */
export function findRuns(sentence: SentenceDraft, units: Unit[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < units.length) {
    if (!units[i]!.capital) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < units.length) {
      const next = units[j + 1]!;
      if (next.capital && /\p{L}/u.test(next.text)) {
        j++;
        continue;
      }
      const after = units[j + 2];
      if (CONNECTORS.has(next.text.toLowerCase()) && after?.capital) {
        j += 2;
        continue;
      }
      break;
    }
    let from = i;
    // Drop leading function words and, at the start of a sentence, common words.
    // A sentence's first word is kept when a capitalised word follows ("Miroslav Lajčák, ..."):
    // the tagger often misreads unfamiliar first names.
    const commonFirst = (k: number) => k === 0 && units[k]!.pos !== "PROPN" && !/^[A-Z]{2,}$/.test(units[k]!.text) && !LEXICON.titleWords.has(units[k]!.text.toLowerCase()) && !(k < j && units[k + 1]!.capital);
    while (from <= j && (FUNCTION_WORDS.has(units[from]!.text.toLowerCase()) || commonFirst(from))) from++;
    let to = j;
    while (to >= from && CONNECTORS.has(units[to]!.text.toLowerCase())) to--;
    if (from <= to) {
      const us = units.slice(from, to + 1);
      const nextUnit = units[to + 1];
      runs.push({
        units: us,
        text: sentence.text.slice(us[0]!.start - sentence.start, us[us.length - 1]!.end - sentence.start),
        start: us[0]!.start,
        end: us[us.length - 1]!.end,
        sentence,
        possessive: !!nextUnit && /^[’']s?$/.test(nextUnit.text),
        first: from,
      });
    }
    i = j + 1;
  }
  return runs;
}

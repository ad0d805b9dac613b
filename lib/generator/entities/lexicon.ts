import lexiconData from "../data/lexicon.json";

type LexiconData = typeof lexiconData;
const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

// Word lists for entity typing, as sets for quick lookup (lower case unless noted).
export const LEXICON = {
  titleWords: lower(lexiconData.titleWords),
  honorifics: lower(lexiconData.honorifics),
  orgHeads: lower(lexiconData.orgHeads),
  knownOrgs: lower(lexiconData.knownOrgs),
  acronymStop: new Set(lexiconData.acronymStop),
  roleNouns: lower(lexiconData.roleNouns),
  speechVerbs: lower(lexiconData.speechVerbs),
  placePrepositions: lower(lexiconData.placePrepositions),
  placeSuffixes: lexiconData.placeSuffixes,
  placeKindBySuffix: lexiconData.placeKindBySuffix as Record<string, string>,
  orgSynonyms: lexiconData.orgSynonyms as Record<string, string>,
  notEntities: lower(lexiconData.notEntities),
} satisfies Record<keyof Omit<LexiconData, "_note">, unknown>;

export const FUNCTION_WORDS = new Set(
  "the a an this that these those in on at for to of by with from as and but or nor so yet if while when where after before since until although though because according amid despite during under over about against between into through across without within regardless meanwhile however also still even only just then thus both either neither each every all some any no not its it their they he she we you i his her our your my there here what who whom which why how whether once now today tomorrow yesterday last next new more most many much few such other another".split(" "),
);

/** "NATO", "TTP", "M23", "U.N." (not "I", not "A"). */
export function isAcronym(word: string): boolean {
  return /^(?:[A-Z]{2,6}\d{0,2}|[A-Z]\d{1,3}|(?:[A-Z]\.){2,4})$/.test(word);
}

// Name variants: the same person or group spelled differently across outlets
// ("Yaqub" / "Yaqoob", "Tehreek" / "Tehrik", "Md" / "Mohammad"). A compact phonetic key in
// the spirit of Double Metaphone: enough for transliterated names, no dependency.

export function phoneticKey(word: string): string {
  let w = word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  if (!w) return "";
  w = w
    .replace(/^kh/, "k")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/q/g, "k")
    .replace(/x/g, "ks")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k")
    .replace(/z/g, "s")
    .replace(/dh/g, "d")
    .replace(/th/g, "t")
    .replace(/gh/g, "g")
    .replace(/kh/g, "k")
    .replace(/sh/g, "s")
    .replace(/v/g, "w");
  const first = /^[aeiouy]/.test(w) ? "A" : w[0]!.toUpperCase();
  // Drop vowels, h, w and y after the first letter: they carry the spelling differences.
  const rest = w.slice(1).replace(/[aeiouhwy]/g, "");
  let key = first;
  for (const ch of rest.toUpperCase()) if (key[key.length - 1] !== ch) key += ch;
  return key;
}

/** "Md" ~ "Mohammad", "Abd" ~ "Abdul", "Gen" ~ "General": a short form whose letters appear in order. */
export function isAbbreviationOf(short: string, long: string): boolean {
  const s = short.toLowerCase().replace(/\.$/, "");
  const l = long.toLowerCase();
  if (s.length < 2 || s.length > 4 || s.length >= l.length || s[0] !== l[0]) return false;
  let j = 0;
  for (const ch of l) if (ch === s[j]) j++;
  return j === s.length;
}

export function sameNameWord(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const ka = phoneticKey(a);
  // One-letter keys are too weak to merge on.
  if (ka.length >= 2 && ka === phoneticKey(b) && Math.abs(a.length - b.length) <= 3) return true;
  return isAbbreviationOf(a, b) || isAbbreviationOf(b, a);
}

/**
 * True when every word of `shorter` matches a word of `longer`, in order. The first and
 * last words must line up with words of the longer name (a given name and a surname),
 * which keeps "Zabiullah Mujahid" apart from "Yaqoob Mujahid".
 */
export function isNameVariant(shorter: string[], longer: string[]): boolean {
  if (shorter.length === 0 || shorter.length > longer.length) return false;
  let j = 0;
  for (const word of shorter) {
    while (j < longer.length && !sameNameWord(word, longer[j]!)) j++;
    if (j === longer.length) return false;
    j++;
  }
  return true;
}

import { countryOf, lookupPlace } from "../gazetteer";
import type { SentenceDraft } from "../types";
import { LEXICON } from "./lexicon";
import type { PersonMention, Span } from "./mentions";
import type { Run, Unit } from "./runs";

// Cues around a name that make it a person and give their role and side: a role noun in an
// appositive ("Asim Malik, head of ..."), a role phrase just before ("the Taliban
// spokesperson, Zabiullah Mujahid"), a nickname ("widely known as Hemedti") and the country
// words nearby.

export function span(sentence: SentenceDraft, start: number, end: number): Span {
  return { text: sentence.text.slice(start - sentence.start, end - sentence.start), start, end };
}

export function hasRoleNoun(phrase: string, within: number): boolean {
  const words = phrase.toLowerCase().split(/\s+/).slice(0, within);
  return words.some((w) => LEXICON.roleNouns.has(w.replace(/[^a-z-]/g, "")));
}

/** Appositive roles may end in a short naming tail: ", the ISI" or ", GDI". */
export function extendRole(sentence: SentenceDraft, start: number, role: string): Span {
  let end = start + role.length;
  const tail = /^,\s+(?:the\s+)?[A-Z][A-Za-z]{1,6}\b(?=[,.;]|$)/.exec(sentence.text.slice(end - sentence.start));
  if (tail) end += tail[0].length;
  return span(sentence, start, end);
}

/** "the Taliban spokesperson, Zabiullah Mujahid": a role phrase right before the name. */
export function roleBefore(sentence: SentenceDraft, run: Run): Span | null {
  const before = sentence.text.slice(0, run.start - sentence.start);
  // "Egypt's Minister of Water Resources, Hani Sewilam": a capitalised title with its portfolio.
  const titled = /((?:\p{Lu}[\p{L}’'-]+ )*(\p{Lu}[\p{L}-]+) (?:of|for) (?:the )?(?:\p{Lu}[\p{L}’'-]+ ?){1,4}),\s$/u.exec(before);
  if (titled && LEXICON.titleWords.has(titled[2]!.toLowerCase())) {
    const start = sentence.start + before.length - titled[0].length;
    return span(sentence, start, start + titled[1]!.trimEnd().length);
  }
  const m = /(?:^|[\s(])(?:[Tt]he |[Aa] |[Aa]n )?((?:[\p{L}’'.-]+ ){0,5}?([\p{Ll}-]+)),? $/u.exec(before);
  if (!m || !LEXICON.roleNouns.has(m[2]!)) return null;
  const words = m[1]!.split(" ");
  // Keep the role phrase from its first capitalised or role word ("Taliban spokesperson",
  // "European Union's foreign policy chief").
  const startIdx = words.findIndex((w) => /^\p{Lu}/u.test(w) || LEXICON.roleNouns.has(w));
  const phrase = words.slice(Math.max(0, startIdx)).join(" ");
  const start = sentence.start + before.lastIndexOf(phrase);
  return span(sentence, start, start + phrase.length);
}

/** "Pakistan's intelligence agency, the ISI": the description of an acronym. */
export function describeBefore(sentence: SentenceDraft, run: Run): Span | null {
  const before = sentence.text.slice(0, run.start - sentence.start);
  const m = /((?:(?:the )?(?:\p{Lu}\p{L}+ ){0,2}\p{Lu}\p{L}+[’']s )?(?:[\p{L}-]+ ){0,3}(?:agency|service|group|party|force|forces|movement|organi[sz]ation|body|militia|network|council|ministry|office|alliance|coalition|wing)),\s*(?:the\s+)?$/u.exec(before);
  if (!m) return null;
  const start = sentence.start + before.lastIndexOf(m[1]!);
  return span(sentence, start, start + m[1]!.length);
}

export type Hint = { country: string; index: number; weight: number };

export function countryHints(units: Unit[]): Hint[] {
  const hints: Hint[] = [];
  for (const u of units) {
    if (!u.capital) continue;
    for (const part of u.text.split("-")) {
      const word = part.replace(/[’']s$/, "");
      const c = countryOf(word);
      if (c) hints.push({ country: c.name, index: u.index, weight: 1 });
      else {
        // A capital often stands for its government ("Cairo would take all measures").
        const capital = lookupPlace(word);
        if (capital?.kind === "capital" && capital.countryName) hints.push({ country: capital.countryName, index: u.index, weight: 0.5 });
      }
    }
  }
  return hints;
}

export function sideHintsFor(hints: Hint[], at: number, role: Span | null, sentence: SentenceDraft): PersonMention["sideHints"] {
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
    out.push({ country: h.country, weight: (h.weight * (h.index < at ? 1.2 : 1)) / (1 + distance) });
  }
  void sentence;
  return out;
}

/** "Mohamed Hamdan Dagalo, widely known as Hemedti": a second name for the same person. */
export function nicknameAfter(sentence: SentenceDraft, run: Run): Span | null {
  const after = sentence.text.slice(run.end - sentence.start);
  const m = /^,?\s+(?:also |widely |better |commonly |popularly )?known as (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/u.exec(after);
  if (!m) return null;
  const start = run.end + m[0].length - m[1]!.length;
  return span(sentence, start, start + m[1]!.length);
}

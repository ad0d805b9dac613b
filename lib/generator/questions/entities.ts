import { nearbyPlaces } from "../gazetteer";
import type { Place } from "../schema";
import { sourceOf } from "../util";
import { cloze, single, type QuestionDraft } from "./build";
import { alsoSupported, explain, factIndex, type QuestionContext } from "./context";
import { isAcronym } from "../entities/lexicon";

const isStateBody = (name: string) => /\b(ministry|office|department|government|emirate|republic|kingdom|embassy|council|parliament|army|police|agency)\b/i.test(name);

/** "What does TTP stand for?" and organisation fill-in-the-blanks. */
export function organizationQuestions(ctx: QuestionContext): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const org of ctx.organizations.filter((o) => o.acronym && o.expansion)) {
    const entry = ctx.glossary.find((g) => g.term === org.acronym);
    if (!entry) continue;
    const others = ctx.organizations.filter((o) => o.id !== org.id && !isAcronym(o.name)).map((o) => o.name.replace(/ \(.*\)$/, ""));
    const q = single(
      { key: `org-acronym:${org.id}`, topic: "organizations", prompt: `What does “${org.acronym}” stand for in the reports?`, explanation: explain(ctx, entry.source), source: entry.source },
      org.expansion!,
      others,
    );
    if (q) {
      out.push(q);
      for (const name of [org.acronym!, ...org.aliases]) ctx.askedTerms.add(name.toLowerCase());
    }
  }
  const facts = factIndex(ctx);
  for (const org of ctx.organizations) {
    if (out.length >= 3) break;
    // A few tries per organisation: each try scans the corpus for distractors.
    for (const m of org.mentions.filter((x) => facts.has(x.sentenceId)).slice(0, 4)) {
      const fact = facts.get(m.sentenceId);
      if (!fact || ctx.usedSentences.has(m.sentenceId)) continue;
      // Another name of the same organisation in the sentence would give the answer away.
      if (org.aliases.some((a) => a !== m.quote && fact.sentence.text.includes(a))) continue;
      // Same form (acronym for acronym) and same nature: a government body is no distractor
      // for an armed group, and "Islamic Emirate" might even be right for "Taliban".
      const sameForm = ctx.organizations.filter((o) => o.id !== org.id && isAcronym(o.acronym ?? o.name) === isAcronym(m.quote) && isStateBody(o.name) === isStateBody(org.name));
      const distractors = sameForm.map((o) => (isAcronym(m.quote) ? o.acronym ?? o.name : o.name.replace(/ \(.*\)$/, ""))).filter((d) => !alsoSupported(ctx, fact.sentence, m.quote, d) && !org.aliases.some((a) => a.toLowerCase() === d.toLowerCase()));
      const source = sourceOf(fact.article.id, fact.sentence);
      const q = cloze({ key: `org-cloze:${m.sentenceId}`, topic: "organizations", sentence: fact.sentence.text, intro: "Which organisation completes the sentence?", explanation: explain(ctx, source), source }, m.quote, distractors);
      if (q) {
        ctx.usedSentences.add(m.sentenceId);
        for (const name of org.aliases) ctx.askedTerms.add(name.toLowerCase());
        out.push(q);
        break;
      }
    }
  }
  return out;
}

function placeDistractors(ctx: QuestionContext, place: Place): string[] {
  const sameKind = ctx.places.filter((p) => p.id !== place.id && p.kind === place.kind).map((p) => p.name);
  const nearby = place.lat !== null ? nearbyPlaces({ lat: place.lat, lon: place.lon, kind: place.kind, country: place.country }, 12).map((e) => e.name) : [];
  // Places of the story first (plausible), then the gazetteer's nearest of the same kind.
  return [...sameKind, ...nearby].filter((n) => n !== place.name && !place.aliases.includes(n));
}

/** Fill in the place: distractors are places of the same kind, never one another report would make right. */
export function placeQuestions(ctx: QuestionContext, max = 3): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  const facts = factIndex(ctx);
  // Smaller places first: "Paktika" teaches more than "Pakistan".
  const rank = (p: Place) => (p.kind === "country" ? 2 : p.kind === "continent" ? 3 : 0);
  const places = [...ctx.places].sort((a, b) => rank(a) - rank(b) || b.mentions.length - a.mentions.length);
  for (const place of places) {
    if (out.length >= max) break;
    if (place.kind === "unknown" || place.kind === "continent") continue;
    // Not the dateline ("BAKU, May 16 (Caspian Wire) —"): it only says where the story was filed.
    const inBody = (x: { sentenceId: string; quote: string }) => {
      const f = facts.get(x.sentenceId);
      return !!f && !(f.article.dateline && f.sentence.start === f.article.sentences.find((s) => s.kind === "body")?.start && f.sentence.text.startsWith(x.quote) && /^[^—–]*\s[—–-]{1,2}\s/.test(f.sentence.text.slice(0, 60)));
    };
    for (const m of place.mentions.filter(inBody).slice(0, 4)) {
      const fact = facts.get(m.sentenceId);
      if (!fact || ctx.usedSentences.has(m.sentenceId)) continue;
      const distractors = placeDistractors(ctx, place).filter((d) => !alsoSupported(ctx, fact.sentence, m.quote, d));
      const source = sourceOf(fact.article.id, fact.sentence);
      const q = cloze({ key: `place-cloze:${place.id}`, topic: "places", sentence: fact.sentence.text, intro: "Which place completes the sentence?", explanation: explain(ctx, source), source }, m.quote, distractors);
      if (q) {
        ctx.usedSentences.add(m.sentenceId);
        out.push(q);
        break;
      }
    }
  }
  return out;
}

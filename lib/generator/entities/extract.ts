import type { ArticleDraft } from "../types";
import { classifySentence, type UnclassifiedRun } from "./classify";
import type { Mention, PersonMention } from "./mentions";
import { isNameVariant } from "./names";

/**
 * All entity mentions in the body of the articles (headings and titles are not facts).
 * A second pass finds bare names ("Asif said") of people the first pass identified by a cue.
 */
export function extractMentions(articles: ArticleDraft[]): Mention[] {
  const mentions: Mention[] = [];
  const leftovers: UnclassifiedRun[] = [];
  for (const article of articles) {
    for (const sentence of article.sentences) {
      if (sentence.kind === "heading") continue;
      classifySentence(sentence, article.id, mentions, leftovers);
    }
  }
  // Distinct known names only: comparing with every mention would grow with the square of the text.
  const people = mentions.filter((m): m is PersonMention => m.kind === "person");
  const knownCores = [...new Map(people.map((p) => [p.core.join(" "), p.core])).values()];
  // A nickname the text gave ("known as Hemedti") names that person wherever it appears.
  const nicknames = new Map(people.filter((p) => p.nickname).map((p) => [p.nickname!.text, p.core]));
  for (const p of people) {
    if (!p.nickname) continue;
    mentions.push({ ...p, name: p.nickname, role: null, roleOrgs: [], roleTexts: [], sideHints: [], nickname: null, bare: true });
  }
  for (const { run, articleId } of leftovers) {
    const words = run.text.split(/\s+/);
    const nicknameOf = nicknames.get(run.text);
    if (nicknameOf) {
      mentions.push({ kind: "person", sentence: run.sentence, articleId, name: { text: run.text, start: run.start, end: run.end }, core: nicknameOf, role: null, sideHints: [], roleOrgs: [], roleTexts: [], nickname: null, bare: true });
      continue;
    }
    const matches = knownCores.filter((core) => isNameVariant(words, core) || isNameVariant(core, words));
    const distinct = new Set(matches.map((core) => core.join(" ")));
    if (matches.length === 0) continue;
    // A single word ("Mujahid") joins only when one known person fits it.
    if (words.length === 1 && distinct.size > 1) continue;
    mentions.push({
      kind: "person",
      sentence: run.sentence,
      articleId,
      name: { text: run.text, start: run.start, end: run.end },
      core: words,
      role: null,
      sideHints: [],
      roleOrgs: [],
      roleTexts: [],
      nickname: null,
      bare: true,
    });
  }
  // A place guessed from a preposition alone ("adviser to Aliyev") is dropped when it is a person's name.
  const names = new Set(mentions.filter((m): m is PersonMention => m.kind === "person").flatMap((p) => [p.name.text, ...p.core]));
  return mentions.filter((m) => !(m.kind === "place" && m.entry === null && m.placeKind === "unknown" && names.has(m.surface.text)));
}

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
  const knownCores = [...new Map(mentions.filter((m): m is PersonMention => m.kind === "person").map((p) => [p.core.join(" "), p.core])).values()];
  for (const { run, articleId } of leftovers) {
    const words = run.text.split(/\s+/);
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
      bare: true,
    });
  }
  return mentions;
}

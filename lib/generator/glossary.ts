import type { OrgMention } from "./entities/mentions";
import type { GlossaryEntry, Organization } from "./schema";
import type { ArticleDraft } from "./types";
import { byText, sourceOf } from "./util";

const KNOWN_AS = /((?:[Tt]he |[Aa]n? )?(?:[^,;:()"“”]|,(?=\d)){3,80}?),\s+(?:also |widely |commonly |locally )?(?:known|referred to) as (?:the )?(\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*){0,4})/u;

/**
 * Terms the articles themselves define: acronyms spelled out ("Tehreek-e-Taliban Pakistan
 * (TTP)"), acronyms described by an appositive ("Pakistan's intelligence agency, the ISI")
 * and "X, known as the Y". Only text from the articles, each with its source.
 */
export function buildGlossary(articles: ArticleDraft[], orgs: Organization[], orgMentions: OrgMention[]): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  const add = (e: GlossaryEntry) => {
    const key = e.term.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    entries.push(e);
  };
  for (const org of orgs) {
    if (!org.acronym || !org.expansion) continue;
    const m = orgMentions.find((x) => x.core === org.expansion && x.sameAs.includes(org.acronym!));
    if (!m) continue;
    const quoteEnd = m.sentence.text.indexOf(")", m.surface.end - m.sentence.start) + 1;
    const quote = m.sentence.text.slice(m.surface.start - m.sentence.start, quoteEnd);
    add({ term: org.acronym, definition: org.expansion, source: sourceOf(m.articleId, m.sentence, quote) });
  }
  for (const m of orgMentions) {
    if (!m.description || !m.acronym) continue;
    const quote = m.sentence.text.slice(m.description.start - m.sentence.start, m.surface.end - m.sentence.start);
    add({ term: m.acronym, definition: m.description.text, source: sourceOf(m.articleId, m.sentence, quote) });
  }
  for (const article of articles) {
    for (const sentence of article.sentences) {
      if (sentence.kind === "heading") continue;
      const k = KNOWN_AS.exec(sentence.text);
      if (!k) continue;
      const definition = k[1]!.replace(/^(the|a|an) /i, (w) => w.toLowerCase()).trim();
      add({ term: k[2]!, definition: definition.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), source: sourceOf(article.id, sentence, k[0]) });
    }
  }
  return entries.sort((a, b) => byText(a.term.toLowerCase(), b.term.toLowerCase()));
}

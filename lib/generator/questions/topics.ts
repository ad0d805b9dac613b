import { byText, sourceOf, stableShuffle } from "../util";
import { match, multi, single, trueFalse, type QuestionDraft } from "./build";
import { articleLabel, explain, factSentences, type QuestionContext } from "./context";

/** True statements taken verbatim from the reports (sentences not used by another question). */
export function factQuestions(ctx: QuestionContext, max = 2): QuestionDraft[] {
  const named = new Set([...ctx.people, ...ctx.organizations, ...ctx.places].flatMap((e) => e.mentions.map((m) => m.sentenceId)));
  const facts = factSentences(ctx).filter((f) => named.has(f.sentence.id) && !ctx.usedSentences.has(f.sentence.id) && f.sentence.text.length <= 200);
  const picked = stableShuffle(facts, "facts", (f) => f.sentence.id).slice(0, max);
  return picked.map(({ article, sentence }) => {
    ctx.usedSentences.add(sentence.id);
    const source = sourceOf(article.id, sentence);
    const topic = ctx.people.some((e) => e.mentions.some((m) => m.sentenceId === sentence.id)) ? "people" : ctx.organizations.some((e) => e.mentions.some((m) => m.sentenceId === sentence.id)) ? "organizations" : "places";
    return trueFalse({ key: `fact-true:${sentence.id}`, topic, prompt: `True or false, according to the reports: “${sentence.text}”`, explanation: `True. ${explain(ctx, source)}`, source }, true);
  });
}

export function issueQuestions(ctx: QuestionContext, max = 2): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  if (ctx.issues.length < 3) return out;
  for (const issue of ctx.issues) {
    if (out.length >= max) break;
    for (const source of issue.sources) {
      const text = source.quote.toLowerCase();
      // The passage must point to this issue alone.
      const others = ctx.issues.filter((o) => o.id !== issue.id && o.terms.some((t) => text.includes(t.toLowerCase())));
      if (others.length > 0 || ctx.usedSentences.has(source.sentenceId)) continue;
      const q = single(
        { key: `issue:${issue.id}`, topic: "issues", prompt: `Which key issue does this passage concern? “${source.quote}”`, explanation: `${issue.title}. ${explain(ctx, source)}`, source },
        issue.title,
        ctx.issues.filter((o) => o.id !== issue.id).map((o) => o.title),
      );
      if (q) {
        ctx.usedSentences.add(source.sentenceId);
        out.push(q);
        break;
      }
    }
  }
  return out;
}

export function glossaryQuestions(ctx: QuestionContext): QuestionDraft[] {
  // Terms another question already asks about (e.g. "What does TTP stand for?") are left out.
  const entries = ctx.glossary.filter((e) => !ctx.askedTerms.has(e.term.toLowerCase())).slice(0, 5);
  if (entries.length >= 3) {
    const q = match(
      { key: "glossary-match", topic: "glossary", prompt: "Match each term to its meaning in the reports.", explanation: entries.map((e) => `${e.term}: ${e.definition}`).join("; ") + ".", source: entries[0]!.source, sources: entries.map((e) => e.source) },
      entries.map((e) => [e.term, e.definition]),
    );
    return q ? [q] : [];
  }
  return entries.flatMap((e) => {
    // Distractors: what the reports say the other terms are.
    const others = ctx.glossary.filter((o) => o.term !== e.term).map((o) => o.definition);
    const q = single({ key: `glossary:${e.term}`, topic: "glossary", prompt: `What is “${e.term}”, according to the reports?`, explanation: explain(ctx, e.source), source: e.source }, e.definition, others);
    return q ? [q] : [];
  });
}

export function disagreementQuestions(ctx: QuestionContext): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const d of ctx.disagreements) {
    if (d.kind === "opposite-outcome") {
      const first = d.claims[0]!;
      const sayA = d.claims.filter((c) => c.claim === first.claim);
      const sayB = d.claims.filter((c) => c.claim !== first.claim);
      const yes = [...new Set(sayA.map((c) => articleLabel(ctx, c.articleId)))];
      const no = ctx.articles.map((a) => articleLabel(ctx, a.id)).filter((l) => !yes.includes(l));
      const q = multi(
        { key: `disagree-who:${d.id}`, topic: "disagreements", prompt: `The reports disagree. Which reports say: “${first.claim}”? Select all that apply.`, explanation: d.claims.map((c) => `${articleLabel(ctx, c.articleId)}: “${c.source.quote}”`).join(" "), source: first.source, sources: d.claims.map((c) => c.source) },
        yes,
        no,
      );
      if (q) out.push(q);
      out.push(
        trueFalse(
          { key: `disagree-tf:${d.id}`, topic: "disagreements", prompt: `True or false: all the reports agree that “${first.claim.replace(/\.$/, "")}”.`, explanation: `False. ${explain(ctx, sayB[0]!.source, `${articleLabel(ctx, sayB[0]!.articleId)} reports otherwise`)}`, source: sayB[0]!.source, sources: d.claims.map((c) => c.source) },
          false,
        ),
      );
    } else if (d.kind === "different-actors") {
      const named = [...new Set(d.claims.flatMap((c) => c.claim.replace(/^Names |as mediator or host\.$/g, "").split(/, | and /).map((x) => x.trim())))].filter(Boolean).sort(byText);
      const others = ctx.places.filter((p) => p.kind === "country" && !named.includes(p.name)).map((p) => p.name);
      const q = multi(
        { key: `disagree-actors:${d.id}`, topic: "disagreements", prompt: "The reports name different mediators or hosts. Which countries are named in at least one report? Select all that apply.", explanation: d.claims.map((c) => `${articleLabel(ctx, c.articleId)}: “${c.source.quote}”`).join(" "), source: d.claims[0]!.source, sources: d.claims.map((c) => c.source) },
        named,
        others,
      );
      if (q) out.push(q);
    }
  }
  return out;
}

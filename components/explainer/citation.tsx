import type { Source } from "@/lib/generator/schema";

export type SourceIndex = {
  /** Where the explainer lives, e.g. "/modules/<slug>": citations open `<basePath>/articles/…`. */
  basePath: string;
  /** Article key → its number in the Sources list and its outlet, when known. */
  articles: Map<string, { number: number; outlet: string | null }>;
};

export function citationHref(basePath: string, source: Pick<Source, "articleId" | "sentenceId">) {
  return `${basePath}/articles/${source.articleId}#${source.sentenceId}`;
}

/** A numbered marker that opens the cited article at the exact sentence, highlighted. */
export function Citation({ source, index }: { source: Source; index: SourceIndex }) {
  const article = index.articles.get(source.articleId);
  // Short on purpose: an explainer carries a hundred of these. The Sources list names each
  // numbered article, and the link opens the exact sentence.
  const number = article?.number ?? "?";
  const label = `Source ${number}${article?.outlet ? `, ${article.outlet}` : ""}`;
  // One string child: "[", n, "]" would be three, with comment markers between them in the HTML.
  return (
    <a href={citationHref(index.basePath, source)} aria-label={label} className="cite">
      {`[${number}]`}
    </a>
  );
}

/** Several markers, one per distinct sentence. */
export function Citations({ sources, index, max = 4 }: { sources: Source[]; index: SourceIndex; max?: number }) {
  const seen = new Set<string>();
  const distinct = sources.filter((s) => {
    const key = `${s.articleId}#${s.sentenceId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Index keys: the list is drawn once on the server and never reordered, and every key is
  // sent to the browser in the page's payload.
  return distinct.slice(0, max).map((s, i) => <Citation key={i} source={s} index={index} />);
}

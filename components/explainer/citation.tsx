import type { Source } from "@/lib/generator/schema";

export type SourceIndex = {
  slug: string;
  /** Article key → its number in the Sources list and its outlet, when known. */
  articles: Map<string, { number: number; outlet: string | null }>;
};

export function sentenceHref(slug: string, source: Pick<Source, "articleId" | "sentenceId">) {
  return `/modules/${slug}/articles/${source.articleId}#${source.sentenceId}`;
}

/** A numbered marker that opens the cited article at the exact sentence, highlighted. */
export function Citation({ source, index }: { source: Source; index: SourceIndex }) {
  const article = index.articles.get(source.articleId);
  // Short on purpose: an explainer carries a hundred of these. The Sources list names each
  // numbered article, and the link opens the exact sentence.
  const label = `Source ${article?.number ?? "?"}${article?.outlet ? `, ${article.outlet}` : ""}`;
  return (
    <a href={sentenceHref(index.slug, source)} aria-label={label} className="cite">
      [{article?.number ?? "?"}]
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
  return (
    <>
      {distinct.slice(0, max).map((s) => (
        <Citation key={`${s.articleId}#${s.sentenceId}`} source={s} index={index} />
      ))}
    </>
  );
}

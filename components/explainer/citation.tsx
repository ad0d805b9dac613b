import type { Source } from "@/lib/generator/schema";

export type SourceIndex = {
  slug: string;
  /** Article key → its number in the Sources list and how to name it. */
  articles: Map<string, { number: number; name: string }>;
};

export function sentenceHref(slug: string, source: Pick<Source, "articleId" | "sentenceId">) {
  return `/modules/${slug}/articles/${source.articleId}#${source.sentenceId}`;
}

/** A numbered marker that opens the cited article at the exact sentence, highlighted. */
export function Citation({ source, index }: { source: Source; index: SourceIndex }) {
  const article = index.articles.get(source.articleId);
  // The quote itself is in the tooltip and one click away; the label names the source.
  const label = `Source ${article?.number ?? ""}: ${article?.name ?? "article"}`;
  return (
    <a
      href={sentenceHref(index.slug, source)}
      aria-label={label}
      title={`“${source.quote}”`}
      className="ml-0.5 inline-block rounded px-0.5 align-super text-xs font-semibold text-blue-800 no-underline hover:underline dark:text-blue-300"
    >
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

import Link from "next/link";
import { ExplainerSection } from "@/components/explainer/section";
import type { ExplainerArticle } from "@/lib/modules/explainer";
import { safeExternalUrl } from "@/lib/modules/reading";

export function SourcesSection({ basePath, articles }: { basePath: string; articles: ExplainerArticle[] }) {
  return (
    <ExplainerSection id="sources" title="Sources">
      <ol className="sources">
        {articles.map((article, i) => {
          const original = safeExternalUrl(article.url);
          const details = [
            article.outlet ?? "Outlet not stated",
            article.date ?? "date not stated",
            `${article.readingMinutes} min read`,
            `reading level: grade ${article.gradeLevel}`,
          ].join(" · ");
          return (
            <li key={article.key} className="card">
              <span aria-hidden="true">{`[${i + 1}]`}</span>
              <div>
                <Link href={`${basePath}/articles/${article.key}`} data-article-link={article.key}>
                  {article.title}
                </Link>
                <p>{details}</p>
                {original ? (
                  <a href={original} rel="noopener noreferrer nofollow" className="original">
                    Original article
                  </a>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </ExplainerSection>
  );
}

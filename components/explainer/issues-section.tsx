import { Citation, type SourceIndex } from "@/components/explainer/citation";
import { ExplainerSection } from "@/components/explainer/section";
import type { Issue } from "@/lib/generator/schema";

const QUOTES_PER_ISSUE = 3;

export function IssuesSection({ issues, index }: { issues: Issue[]; index: SourceIndex }) {
  if (issues.length === 0) return null;
  return (
    <ExplainerSection id="issues" title="Key issues">
      <ul className="grid gap-4 sm:grid-cols-2">
        {issues.map((issue) => (
          <li key={issue.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h3 className="text-lg font-semibold">{issue.title}</h3>
            <ul className="mt-2 space-y-2 text-slate-800 dark:text-slate-200">
              {issue.sources.slice(0, QUOTES_PER_ISSUE).map((source) => (
                <li key={`${source.articleId}#${source.sentenceId}`}>
                  <q>{source.quote}</q>
                  <Citation source={source} index={index} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </ExplainerSection>
  );
}

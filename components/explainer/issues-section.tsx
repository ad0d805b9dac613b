import { Citation, type SourceIndex } from "@/components/explainer/citation";
import { ExplainerSection } from "@/components/explainer/section";
import type { Issue } from "@/lib/generator/schema";

const QUOTES_PER_ISSUE = 3;

export function IssuesSection({ issues, index }: { issues: Issue[]; index: SourceIndex }) {
  if (issues.length === 0) return null;
  return (
    <ExplainerSection id="issues" title="Key issues">
      <ul className="cards issues">
        {issues.map((issue, i) => (
          <li key={i} className="card">
            <h3>{issue.title}</h3>
            <ul>
              {issue.sources.slice(0, QUOTES_PER_ISSUE).map((source, j) => (
                <li key={j}>
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

import { Citation, type SourceIndex } from "@/components/explainer/citation";
import { ExplainerSection } from "@/components/explainer/section";
import type { Disagreement } from "@/lib/generator/schema";

export function DisagreementsSection({ disagreements, index }: { disagreements: Disagreement[]; index: SourceIndex }) {
  if (disagreements.length === 0) return null;
  return (
    <ExplainerSection
      id="disagreements"
      title="Where the sources differ"
      intro="The reports do not always agree. Here are their competing claims side by side: check each against its source."
    >
      {disagreements.map((d) => (
        <div key={d.id} className="space-y-3">
          <h3 className="text-lg font-semibold">{d.topic}</h3>
          <ul className="grid gap-3 md:grid-cols-2 lg:grid-cols-3">
            {d.claims.map((claim) => (
              <li
                key={`${claim.source.articleId}#${claim.source.sentenceId}`}
                className="rounded-lg border-l-4 border-amber-600 bg-amber-50 p-4 dark:border-amber-400 dark:bg-amber-950"
              >
                <p className="font-semibold">{claim.claim}</p>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                  {claim.outlet ?? claim.articleTitle}
                </p>
                <blockquote className="mt-2 text-slate-800 dark:text-slate-200">
                  <q>{claim.source.quote}</q>
                  <Citation source={claim.source} index={index} />
                </blockquote>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </ExplainerSection>
  );
}

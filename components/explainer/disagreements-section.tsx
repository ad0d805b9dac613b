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
      {disagreements.map((d, i) => (
        <div key={i} className="stack">
          <h3>{d.topic}</h3>
          <ul className="claims">
            {d.claims.map((claim, j) => (
              <li key={j}>
                <p>{claim.claim}</p>
                <p>{claim.outlet ?? claim.articleTitle}</p>
                <blockquote>
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

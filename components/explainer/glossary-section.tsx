import { Fragment } from "react";
import { Citation, type SourceIndex } from "@/components/explainer/citation";
import { ExplainerSection } from "@/components/explainer/section";
import type { GlossaryEntry } from "@/lib/generator/schema";

export function GlossarySection({ glossary, index }: { glossary: GlossaryEntry[]; index: SourceIndex }) {
  if (glossary.length === 0) return null;
  return (
    <ExplainerSection id="glossary" title="Glossary">
      <dl className="glossary">
        {glossary.map((entry, i) => (
          <Fragment key={i}>
            <dt>
              <dfn>{entry.term}</dfn>
            </dt>
            <dd>
              {entry.definition}
              <Citation source={entry.source} index={index} />
            </dd>
          </Fragment>
        ))}
      </dl>
    </ExplainerSection>
  );
}

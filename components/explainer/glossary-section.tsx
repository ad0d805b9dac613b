import { Citation, type SourceIndex } from "@/components/explainer/citation";
import { ExplainerSection } from "@/components/explainer/section";
import type { GlossaryEntry } from "@/lib/generator/schema";

export function GlossarySection({ glossary, index }: { glossary: GlossaryEntry[]; index: SourceIndex }) {
  if (glossary.length === 0) return null;
  return (
    <ExplainerSection id="glossary" title="Glossary">
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        {glossary.map((entry) => (
          <div key={entry.term} className="contents">
            <dt className="font-semibold">
              <dfn>{entry.term}</dfn>
            </dt>
            <dd className="text-slate-800 dark:text-slate-200">
              {entry.definition}
              <Citation source={entry.source} index={index} />
            </dd>
          </div>
        ))}
      </dl>
    </ExplainerSection>
  );
}

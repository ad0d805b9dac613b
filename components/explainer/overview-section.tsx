import { Citation, type SourceIndex } from "@/components/explainer/citation";
import { GlossaryText, type GlossaryContext } from "@/components/explainer/glossary-text";
import { ExplainerSection } from "@/components/explainer/section";
import type { ParleyModule } from "@/lib/generator/schema";

type Props = { summary: ParleyModule["summary"]; index: SourceIndex; glossary: GlossaryContext };

export function OverviewSection({ summary, index, glossary }: Props) {
  if (summary.length === 0) return null;
  return (
    <ExplainerSection id="overview" title="Overview">
      <div className="overview">
        {summary.map((s, i) => (
          <p key={i}>
            <GlossaryText text={s.text} glossary={glossary} />
            <Citation source={s.source} index={index} />
          </p>
        ))}
      </div>
    </ExplainerSection>
  );
}

import { Citation, type SourceIndex } from "@/components/explainer/citation";
import { GlossaryText, type GlossaryContext } from "@/components/explainer/glossary-text";
import { ExplainerSection } from "@/components/explainer/section";
import type { TimelineEvent } from "@/lib/generator/schema";

type Props = { timeline: TimelineEvent[]; index: SourceIndex; glossary: GlossaryContext };

export function TimelineSection({ timeline, index, glossary }: Props) {
  if (timeline.length === 0) return null;
  return (
    <ExplainerSection
      id="timeline"
      title="Timeline"
      intro={
        timeline.some((e) => e.date === null)
          ? "Dates as the reports give them. Where a report gives no date of its own, words like “Friday” or “tomorrow” cannot be pinned to a day, so they stay as written."
          : "Dates as the reports give them."
      }
    >
      {/* The dots on the line are drawn by `.timeline` (li::before): no element per event. */}
      <ol className="timeline">
        {timeline.map((event, i) => (
          <li key={i}>
            <p>
              {event.date && event.date !== event.when ? (
                [
                  event.when,
                  <span key="d">
                    (<time dateTime={event.date}>{event.date}</time>)
                  </span>,
                ]
              ) : (
                event.when
              )}
            </p>
            <p>
              <GlossaryText text={event.event} glossary={glossary} />
              <Citation source={event.source} index={index} />
            </p>
          </li>
        ))}
      </ol>
    </ExplainerSection>
  );
}

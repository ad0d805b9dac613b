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
      <ol className="relative space-y-5 border-l-2 border-slate-300 pl-6 dark:border-slate-600">
        {timeline.map((event) => (
          <li key={event.id} className="relative">
            <span aria-hidden="true" className="absolute -left-[31px] top-1.5 h-3 w-3 rounded-full bg-blue-700 dark:bg-blue-400" />
            <p className="font-semibold">
              {event.when}
              {event.date && event.date !== event.when ? (
                <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">
                  (<time dateTime={event.date}>{event.date}</time>)
                </span>
              ) : null}
            </p>
            <p className="max-w-prose text-slate-800 dark:text-slate-200">
              <GlossaryText text={event.event} glossary={glossary} />
              <Citation source={event.source} index={index} />
            </p>
          </li>
        ))}
      </ol>
    </ExplainerSection>
  );
}

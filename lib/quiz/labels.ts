import type { QuestionTopic } from "@/lib/generator/schema";
import type { MasteryLevel } from "./mastery";

// Words the pages use for topics and mastery levels. No server imports: the quiz components use them.

export const TOPIC_LABELS: Record<QuestionTopic, string> = {
  people: "People",
  organizations: "Organisations",
  places: "Places",
  timeline: "Timeline",
  numbers: "Numbers",
  issues: "Key issues",
  glossary: "Glossary",
  disagreements: "Disagreements",
};

export const MASTERY_LABELS: Record<MasteryLevel, string> = {
  not_started: "Not started",
  attempted: "Attempted",
  familiar: "Familiar",
  proficient: "Proficient",
  mastered: "Mastered",
};

const WHEN = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

/** A date and time as the pages print them; UTC, so a server-rendered page reads the same everywhere. */
export function formatWhen(date: Date): string {
  return `${WHEN.format(date)} UTC`;
}

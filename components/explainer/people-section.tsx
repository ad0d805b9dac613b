import { Citations, type SourceIndex } from "@/components/explainer/citation";
import { GlossaryText, type GlossaryContext } from "@/components/explainer/glossary-text";
import { ExplainerSection } from "@/components/explainer/section";
import type { Person } from "@/lib/generator/schema";

type Props = { people: Person[]; index: SourceIndex; glossary: GlossaryContext };

/** People grouped by the side they act for, the largest group first. */
export function groupBySide(people: Person[]) {
  const groups = new Map<string, Person[]>();
  for (const person of people) {
    const side = person.side ?? "Others";
    groups.set(side, [...(groups.get(side) ?? []), person]);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

export function PeopleSection({ people, index, glossary }: Props) {
  if (people.length === 0) return null;
  return (
    <ExplainerSection id="people" title="Who's who">
      {groupBySide(people).map(([side, members]) => (
        <div key={side} className="space-y-3">
          <h3 className="text-lg font-semibold">{side}</h3>
          <ul className="grid gap-3 sm:grid-cols-2">
            {members.map((person) => {
              const otherSpellings = person.aliases.filter((a) => a !== person.name);
              return (
                <li key={person.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
                  <p className="font-semibold">{person.name}</p>
                  {person.role ? (
                    <p className="text-slate-700 dark:text-slate-300">
                      <GlossaryText text={person.role} glossary={glossary} />
                    </p>
                  ) : null}
                  {otherSpellings.length > 0 ? (
                    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                      Also written: {otherSpellings.join(", ")}
                    </p>
                  ) : null}
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                    Mentioned in {person.mentions.length} {person.mentions.length === 1 ? "sentence" : "sentences"}
                    <Citations sources={person.mentions} index={index} />
                  </p>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </ExplainerSection>
  );
}

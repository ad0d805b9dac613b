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
        <div key={side} className="stack">
          <h3>{side}</h3>
          <ul className="cards people">
            {members.map((person, i) => (
              <PersonCard key={i} person={person} index={index} glossary={glossary} />
            ))}
          </ul>
        </div>
      ))}
    </ExplainerSection>
  );
}

function PersonCard({ person, index, glossary }: { person: Person } & Omit<Props, "people">) {
  const otherSpellings = person.aliases.filter((a) => a !== person.name);
  const count = person.mentions.length;
  // Optional lines are left out of the list rather than rendered as empty (null) children:
  // each null is sent again in the page's payload, for every card.
  const lines = [
    <p key="n">{person.name}</p>,
    person.role && (
      <p key="r" className="role">
        <GlossaryText text={person.role} glossary={glossary} />
      </p>
    ),
    otherSpellings.length > 0 && (
      <p key="a" className="note">
        Also written: {otherSpellings.join(", ")}
      </p>
    ),
    <p key="m" className="note">
      {`Mentioned in ${count} ${count === 1 ? "sentence" : "sentences"}`}
      <Citations sources={person.mentions} index={index} />
    </p>,
  ].filter(Boolean);
  return <li className="card">{lines}</li>;
}

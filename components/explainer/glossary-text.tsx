import { markFirstUses } from "@/lib/modules/glossary-text";

export type GlossaryContext = {
  definitions: Map<string, string>;
  /** Terms already explained higher up the page; shared by every GlossaryText on it. */
  explained: Set<string>;
};

/**
 * Text in which the first use of each glossary term opens its definition in place. The
 * definition is a native popover: it works by keyboard and without JavaScript. It opens in the
 * top layer, centred (`.term-note`), so it needs no positioned wrapper.
 */
export function GlossaryText({ text, glossary }: { text: string; glossary: GlossaryContext }) {
  const terms = [...glossary.definitions.keys()];
  const parts = markFirstUses(text, terms, glossary.explained);
  // Plain text stays a plain string (most sentences explain no term).
  if (parts.every((part) => !part.term)) return parts.map((part) => part.text).join("");
  return parts.flatMap((part, i): React.ReactNode[] => {
    if (!part.term) return [part.text];
    // By position, not by spelling: "U.S." and "US" must not share an id.
    const id = `term-${terms.indexOf(part.term)}`;
    return [
      <button key={`b${i}`} type="button" popoverTarget={id} className="term">
        {part.text}
      </button>,
      <span key={`n${i}`} id={id} popover="auto" role="note" className="term-note">
        <strong>{part.term}</strong>: {glossary.definitions.get(part.term)}
      </span>,
    ];
  });
}

import { markFirstUses } from "@/lib/modules/glossary-text";

export type GlossaryContext = {
  definitions: Map<string, string>;
  /** Terms already explained higher up the page; shared by every GlossaryText on it. */
  explained: Set<string>;
};

/**
 * Text in which the first use of each glossary term opens its definition in place. The
 * definition is a native popover: it works by keyboard and without JavaScript.
 */
export function GlossaryText({ text, glossary }: { text: string; glossary: GlossaryContext }) {
  const terms = [...glossary.definitions.keys()];
  const parts = markFirstUses(text, terms, glossary.explained);
  return (
    <>
      {parts.map((part, i) => {
        if (!part.term) return part.text;
        // By position, not by spelling: "U.S." and "US" must not share an id.
        const id = `term-${terms.indexOf(part.term)}`;
        return (
          <span key={i} className="relative">
            <button
              type="button"
              popoverTarget={id}
              className="cursor-help font-medium underline decoration-dotted underline-offset-4"
            >
              {part.text}
            </button>
            <span
              id={id}
              popover="auto"
              role="note"
              className="m-auto max-w-sm rounded-lg border border-slate-300 bg-white p-4 text-base text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
            >
              <strong>{part.term}</strong>: {glossary.definitions.get(part.term)}
            </span>
          </span>
        );
      })}
    </>
  );
}

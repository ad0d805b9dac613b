import { markFirstUses } from "@/lib/modules/glossary-text";

export type GlossaryContext = {
  definitions: Map<string, string>;
  /** Terms already explained higher up the page; shared by every GlossaryText on it. */
  explained: Set<string>;
};

function termId(term: string) {
  return `term-${term.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

/**
 * Text in which the first use of each glossary term opens its definition in place. The
 * definition is a native popover: it works by keyboard and without JavaScript.
 */
export function GlossaryText({ text, glossary }: { text: string; glossary: GlossaryContext }) {
  const parts = markFirstUses(text, [...glossary.definitions.keys()], glossary.explained);
  return (
    <>
      {parts.map((part, i) => {
        if (!part.term) return part.text;
        const id = termId(part.term);
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

import { SECTION_TITLES } from "@/lib/modules/reading-locations";
import type { ExplainerSectionId } from "@/lib/progress/schemas";

export function SectionNav({ sections }: { sections: ExplainerSectionId[] }) {
  return (
    <nav aria-label="On this page" className="no-print">
      <ul className="flex flex-wrap gap-2 text-sm">
        {sections.map((id) => (
          <li key={id}>
            <a
              href={`#${id}`}
              className="inline-block rounded-full border border-slate-300 px-3 py-1 hover:border-blue-700 hover:text-blue-800 dark:border-slate-600 dark:hover:border-blue-300 dark:hover:text-blue-300"
            >
              {SECTION_TITLES[id]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

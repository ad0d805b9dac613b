import { SECTION_TITLES } from "@/lib/modules/reading-locations";
import type { ExplainerSectionId } from "@/lib/progress/schemas";

export function SectionNav({ sections }: { sections: ExplainerSectionId[] }) {
  return (
    <nav aria-label="On this page" className="no-print">
      <ul className="chips">
        {sections.map((id) => (
          <li key={id}>
            <a href={`#${id}`}>{SECTION_TITLES[id]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

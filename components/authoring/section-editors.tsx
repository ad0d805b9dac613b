import { SectionEditor } from "@/components/authoring/section-editor";
import { EDITABLE_SECTIONS, isEditableSection, itemsOf, sectionFieldName } from "@/lib/authoring/section-edit";
import type { ModuleReview } from "@/lib/authoring/queries";

const ITEM_LABELS: Record<keyof typeof EDITABLE_SECTIONS, (label: string, index: number) => string> = {
  summary: (_, i) => `Overview sentence ${i + 1}`,
  people: (name) => `Role of ${name}`,
  timeline: (when, i) => `Timeline event ${i + 1} (${when})`,
  glossary: (term) => `Definition of ${term}`,
};

/** Forms for the explainer texts a teacher may change; the generated text stays stored beside. */
export function SectionEditors({ moduleId, sections }: { moduleId: string; sections: ModuleReview["sections"] }) {
  return (
    <section aria-labelledby="sections-heading" className="space-y-3">
      <h2 id="sections-heading" className="text-2xl font-semibold tracking-tight">
        Explainer texts
      </h2>
      <p className="text-slate-700 dark:text-slate-300">Your edits are what students read; the generated text is kept.</p>
      {sections.map((section) => {
        const kind = section.kind;
        if (!isEditableSection(kind)) return null;
        const spec = EDITABLE_SECTIONS[kind];
        const generated = section.data as Record<string, unknown>[];
        const items = itemsOf(section.data, section.editedData).map((item, i) => ({
          name: sectionFieldName(kind, i),
          label: ITEM_LABELS[kind](spec.labelOf(item), i),
          value: String(item[spec.field] ?? ""),
          edited: item[spec.field] !== generated[i]?.[spec.field],
        }));
        return <SectionEditor key={kind} moduleId={moduleId} kind={kind} title={spec.title} items={items} />;
      })}
    </section>
  );
}

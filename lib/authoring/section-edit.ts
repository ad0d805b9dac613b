import { z } from "zod";

// Pure: which explainer texts a teacher may edit, how an edit is checked and stored in
// Section.editedData (a full copy of the section with the teacher's texts; Section.data keeps the
// generated one), and how edits are found again to carry them to a regenerated version.

type Item = Record<string, unknown> & { source?: { articleId: string; sentenceId: string } };

type EditableKind = {
  /** The section heading on the review page. */
  title: string;
  field: string;
  /** How an item is found again after regeneration (ids of some kinds are positional). */
  keyOf: (item: Item) => string;
  labelOf: (item: Item) => string;
  /** Empty text stored as null (a person may have no role). */
  optional: boolean;
  max: number;
};

const bySource = (item: Item) => `${item.source?.articleId}#${item.source?.sentenceId}`;

export const EDITABLE_SECTIONS = {
  summary: { title: "Overview sentences", field: "text", keyOf: bySource, labelOf: () => "Overview sentence", optional: false, max: 600 },
  people: { title: "People's roles", field: "role", keyOf: (i) => String(i.name), labelOf: (i) => String(i.name), optional: true, max: 200 },
  timeline: { title: "Timeline events", field: "event", keyOf: bySource, labelOf: (i) => String(i.when), optional: false, max: 600 },
  glossary: { title: "Glossary definitions", field: "definition", keyOf: (i) => String(i.term), labelOf: (i) => String(i.term), optional: false, max: 600 },
} satisfies Record<string, EditableKind>;

export type EditableSectionKind = keyof typeof EDITABLE_SECTIONS;

export const isEditableSection = (kind: string): kind is EditableSectionKind => kind in EDITABLE_SECTIONS;

export const sectionFieldName = (kind: string, index: number) => `${kind}-${index}`;

/** The items a form shows: the teacher's copy when there is one. */
export const itemsOf = (data: unknown, editedData: unknown): Item[] => (editedData ?? data) as Item[];

export type SectionEditResult = { ok: true; editedData: Item[] | null } | { ok: false; fieldErrors: Record<string, string> };

export function applySectionEdit(kind: EditableSectionKind, data: unknown, editedData: unknown, fields: Record<string, string | undefined>): SectionEditResult {
  const spec: EditableKind = EDITABLE_SECTIONS[kind];
  const generated = data as Item[];
  const current = itemsOf(data, editedData);
  const text = z.string().trim().max(spec.max, `Keep this under ${spec.max} characters.`);
  const fieldErrors: Record<string, string> = {};
  const next = current.map((item, index) => {
    const name = sectionFieldName(kind, index);
    const raw = fields[name];
    if (raw === undefined) return item;
    const parsed = text.safeParse(raw);
    if (!parsed.success) {
      fieldErrors[name] = parsed.error.issues[0]!.message;
      return item;
    }
    if (parsed.data === "" && !spec.optional) {
      fieldErrors[name] = "This cannot be empty.";
      return item;
    }
    return { ...item, [spec.field]: parsed.data === "" ? null : parsed.data };
  });
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const changed = next.some((item, i) => item[spec.field] !== generated[i]?.[spec.field]);
  return { ok: true, editedData: changed ? next : null };
}

export type SectionTextEdit = { key: string; label: string; value: unknown };

/** The teacher's edits in a section: items whose text differs from the generated one. */
export function sectionEditsOf(kind: EditableSectionKind, data: unknown, editedData: unknown): SectionTextEdit[] {
  if (!editedData) return [];
  const spec: EditableKind = EDITABLE_SECTIONS[kind];
  const generated = data as Item[];
  return (editedData as Item[]).flatMap((item, i) =>
    item[spec.field] === generated[i]?.[spec.field] ? [] : [{ key: spec.keyOf(item), label: spec.labelOf(item), value: item[spec.field] }],
  );
}

/** Applies edits to a regenerated section; edits whose item is gone come back in `lost`. */
export function carrySectionEdits(kind: EditableSectionKind, newData: unknown, edits: SectionTextEdit[]) {
  const spec: EditableKind = EDITABLE_SECTIONS[kind];
  const items = (newData as Item[]).map((item) => ({ ...item }));
  const lost: SectionTextEdit[] = [];
  for (const edit of edits) {
    const target = items.find((item) => spec.keyOf(item) === edit.key);
    if (target) target[spec.field] = edit.value;
    else lost.push(edit);
  }
  return { editedData: edits.length > lost.length ? items : null, lost };
}

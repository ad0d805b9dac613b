import { describe, expect, it } from "vitest";
import { applySectionEdit, carrySectionEdits, sectionEditsOf } from "./section-edit";

const source = { articleId: "a1", sentenceId: "s1", quote: "x" };
const glossary = [
  { term: "TTP", definition: "Generated TTP.", source },
  { term: "ISI", definition: "Generated ISI.", source },
];

describe("section edits", () => {
  it("keeps the teacher's copy beside the generated one, and none once every change is undone", () => {
    const edited = applySectionEdit("glossary", glossary, null, { "glossary-1": "Pakistan's spy agency." });
    expect(edited).toEqual({ ok: true, editedData: [glossary[0], { ...glossary[1], definition: "Pakistan's spy agency." }] });
    const undone = applySectionEdit("glossary", glossary, edited.ok && edited.editedData, { "glossary-1": "Generated ISI." });
    expect(undone).toEqual({ ok: true, editedData: null });
  });

  it("refuses an empty definition but lets a person have no role", () => {
    expect(applySectionEdit("glossary", glossary, null, { "glossary-0": "  " })).toEqual({ ok: false, fieldErrors: { "glossary-0": "This cannot be empty." } });
    const people = [{ name: "Khawaja Asif", role: "Defence Minister" }];
    expect(applySectionEdit("people", people, null, { "people-0": "" })).toEqual({ ok: true, editedData: [{ name: "Khawaja Asif", role: null }] });
  });

  it("carries edits to a regenerated section by term, and returns the ones whose item is gone", () => {
    const edits = sectionEditsOf("glossary", glossary, [{ ...glossary[0], definition: "Mine." }, { ...glossary[1], definition: "Also mine." }]);
    const regenerated = [{ term: "ISI", definition: "New ISI.", source }, { term: "TTA", definition: "New.", source }];
    const carried = carrySectionEdits("glossary", regenerated, edits);
    expect(carried.editedData).toEqual([{ term: "ISI", definition: "Also mine.", source }, regenerated[1]]);
    expect(carried.lost).toEqual([{ key: "TTP", label: "TTP", value: "Mine." }]);
  });
});

import { describe, expect, it } from "vitest";
import { writeCsv } from "@/lib/csv/write-csv";
import { gradebookRows, questionRows } from "./exports";
import type { ProgressCell } from "./cell";

const cell = (over: Partial<ProgressCell>): ProgressCell => ({
  status: { state: "not_started", late: false },
  partsRead: 0,
  partsTotal: 10,
  readingPercent: 0,
  bestScore: null,
  attempts: 0,
  dueAt: null,
  extended: false,
  ...over,
});

describe("gradebookRows", () => {
  it("has a row per student and a score and status column per assignment", () => {
    const rows = gradebookRows({
      assignments: [
        { id: "a1", dueAt: null, module: { id: "m1", slug: "m1", title: "Doha talks", ownerId: null } },
        { id: "a2", dueAt: null, module: { id: "m2", slug: "m2", title: "=Budget", ownerId: "t" } },
      ],
      students: [
        {
          id: "s1",
          name: "Zoë Ağaoğlu",
          cells: [cell({ bestScore: 0.876, status: { state: "done", late: true } }), cell({})],
        },
      ],
    });
    expect(rows).toEqual([
      ["Student", "Doha talks: best score %", "Doha talks: status", "=Budget: best score %", "=Budget: status"],
      ["Zoë Ağaoğlu", 87, "Done, late", "", "Not started"],
    ]);
    // A title that looks like a formula stays text in the file.
    expect(writeCsv(rows)).toContain(",'=Budget: best score %,");
  });
});

describe("questionRows", () => {
  it("writes the answer as text with right, wrong or not answered", () => {
    const rows = questionRows([
      {
        studentName: "Ana",
        assignmentTitle: "Doha talks",
        results: [
          { questionId: "q1", prompt: "Who, \"exactly\"?", answer: "Qatar", correct: false, points: 0 },
          { questionId: "q2", prompt: "Order", answer: "A → B", correct: true, points: 1 },
          { questionId: "q3", prompt: "Pairs", answer: null, correct: false, points: 0 },
        ],
      },
    ]);
    expect(rows.slice(1)).toEqual([
      ["Ana", "Doha talks", 1, 'Who, "exactly"?', "Qatar", "wrong", 0],
      ["Ana", "Doha talks", 2, "Order", "A → B", "right", 1],
      ["Ana", "Doha talks", 3, "Pairs", "", "not answered", 0],
    ]);
    expect(writeCsv(rows)).toContain('Ana,Doha talks,1,"Who, ""exactly""?",Qatar,wrong,0\r\n');
  });
});

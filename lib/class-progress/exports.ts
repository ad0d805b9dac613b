import { statusText } from "@/lib/assignments/status";
import type { CsvCell } from "@/lib/csv/write-csv";
import { scorePercent } from "@/lib/quiz/score";
import type { QuestionResult } from "./attempt-results";
import type { ClassGrid } from "./grid";

// The rows of the two CSV exports (pure): the gradebook, one row per student and two columns
// per assignment; and the per-question export, one row per student per question of their best
// attempt at each assignment.

export function gradebookRows(grid: Pick<ClassGrid, "assignments" | "students">): CsvCell[][] {
  const header = [
    "Student",
    ...grid.assignments.flatMap((a) => [`${a.module.title}: best score %`, `${a.module.title}: status`]),
  ];
  const rows = grid.students.map((s) => [
    s.name,
    ...s.cells.flatMap((c) => [c.bestScore === null ? "" : scorePercent(c.bestScore), statusText(c.status)]),
  ]);
  return [header, ...rows];
}

export type StudentQuestionResults = {
  studentName: string;
  assignmentTitle: string;
  results: readonly QuestionResult[];
};

export const QUESTION_EXPORT_HEADER = [
  "Student",
  "Assignment",
  "Question number",
  "Question",
  "Answer given",
  "Result",
  "Points",
];

export function questionRows(entries: readonly StudentQuestionResults[]): CsvCell[][] {
  return [
    QUESTION_EXPORT_HEADER,
    ...entries.flatMap((e) =>
      e.results.map((r, i) => [
        e.studentName,
        e.assignmentTitle,
        i + 1,
        r.prompt,
        r.answer ?? "",
        r.answer === null ? "not answered" : r.correct ? "right" : "wrong",
        Math.round(r.points * 100) / 100,
      ]),
    ),
  ];
}

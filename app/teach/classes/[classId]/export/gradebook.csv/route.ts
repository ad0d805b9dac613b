import { classExportRoute } from "@/lib/class-progress/export-route";
import { gradebookRows } from "@/lib/class-progress/exports";
import { loadClassGrid } from "@/lib/class-progress/grid";

/** The gradebook of the teacher's own class: a row per student, a column per assignment. */
export const GET = classExportRoute("gradebook", async (teacherId, classId) => {
  const grid = await loadClassGrid(teacherId, classId);
  return grid && { className: grid.className, rows: gradebookRows(grid) };
});

import { findOwnedClass } from "@/lib/assignments/access";
import { classExportRoute } from "@/lib/class-progress/export-route";
import { questionRows } from "@/lib/class-progress/exports";
import { loadQuestionExport } from "@/lib/class-progress/question-export";

/** Each student's answers on their best attempt, a row per question; the class's teacher only. */
export const GET = classExportRoute("answers", async (teacherId, classId) => {
  const cls = await findOwnedClass(teacherId, classId);
  const entries = cls ? await loadQuestionExport(teacherId, cls.id) : null;
  return cls && entries && { className: cls.name, rows: questionRows(entries) };
});

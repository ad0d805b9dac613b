import "server-only";
import { db } from "@/lib/db/client";
import { ASKED_QUESTIONS_WHERE } from "@/lib/modules/access";
import { fromStoredQuestion } from "@/lib/quiz/question";
import { analyseQuestions, type AnalysisAnswer } from "./analysis";
import { answerText } from "./answer-text";

/**
 * Item analysis of one assignment of the teacher's own class: the asked questions of the
 * module's current version, answered by the class's enrolled students only. Null for an
 * assignment that is not in a class of this teacher.
 */
export async function loadQuestionAnalysis(teacherId: string, classId: string, assignmentId: string) {
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, classId, class: { teacherId } },
    select: {
      id: true,
      class: { select: { name: true, enrollments: { select: { studentId: true } } } },
      module: { select: { title: true, currentVersionId: true } },
    },
  });
  if (!assignment) return null;
  const versionId = assignment.module.currentVersionId;
  const studentIds = assignment.class.enrollments.map((e) => e.studentId);
  const [rows, answers] = versionId
    ? await Promise.all([
        db.question.findMany({
          where: { versionId, ...ASKED_QUESTIONS_WHERE },
          orderBy: { position: "asc" },
          select: { id: true, type: true, topic: true, body: true, answer: true, prompt: true },
        }),
        db.quizAnswer.findMany({
          where: { question: { versionId, ...ASKED_QUESTIONS_WHERE }, attempt: { userId: { in: studentIds } } },
          select: { questionId: true, response: true, correct: true, answeredAt: true, attempt: { select: { userId: true } } },
        }),
      ])
    : [[], []];
  const questions = rows.flatMap((row) => {
    try {
      return [{ row, question: fromStoredQuestion(row) }];
    } catch {
      return [];
    }
  });
  const byId = new Map(questions.map((q) => [q.row.id, q.question]));
  const analysisAnswers = answers.flatMap((a): AnalysisAnswer[] => {
    const question = byId.get(a.questionId);
    if (!question) return [];
    return [
      {
        studentId: a.attempt.userId,
        questionId: a.questionId,
        correct: a.correct,
        text: answerText(question, a.response),
        answeredAt: a.answeredAt,
      },
    ];
  });
  return {
    className: assignment.class.name,
    moduleTitle: assignment.module.title,
    studentCount: studentIds.length,
    questions: analyseQuestions(
      questions.map((q) => ({ id: q.row.id, prompt: q.row.prompt })),
      analysisAnswers,
    ),
  };
}

export type QuestionAnalysisPage = NonNullable<Awaited<ReturnType<typeof loadQuestionAnalysis>>>;

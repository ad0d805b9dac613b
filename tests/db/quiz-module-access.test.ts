import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { importArticleFolder } from "@/lib/modules/import-folder";
import { getReadingState, recordReading } from "@/lib/progress/reading";
import { finishAttempt, recordAnswer, startOrResumeAttempt } from "@/lib/quiz/attempts";
import { checkPracticeAnswer } from "@/lib/quiz/practice";
import { getQuizProgress } from "@/lib/quiz/progress";
import { findQuizModule, getAttemptView } from "@/lib/quiz/queries";
import type { QuizQuestion } from "@/lib/quiz/question";
import { correctResponse } from "@/lib/quiz/responses";
import { answerReview, listDueReviews } from "@/lib/quiz/review-items";
import { expectRefused, newUser, quizQuestions, SAMPLE, wrongResponse } from "@/tests/support/db-quiz";

// Who may take a teacher's module's quiz: the rule of readableModuleWhere (lib/modules/access.ts)
// in every quiz query and write, and in the answer's raw SQL (lib/quiz/answer-context.ts).

const ASSIGNED = "class-module";
const DRAFT = "draft-module";
const day = (n: number) => new Date(Date.UTC(2026, 0, 10 + n, 9));

let teacher: { id: string };
let enrolled: { id: string };
let outsider: { id: string };
let classId = "";
let questions: QuizQuestion[] = [];

beforeAll(async () => {
  teacher = await newUser("teacher", "TEACHER");
  enrolled = await newUser("enrolled");
  outsider = await newUser("outsider");
  const klass = await db.class.create({
    data: { teacherId: teacher.id, name: "History 9B", joinCode: "HIST9B" },
  });
  classId = klass.id;
  await db.enrollment.create({ data: { classId, studentId: enrolled.id } });

  const assigned = await importArticleFolder(SAMPLE, { slug: ASSIGNED, ownerId: teacher.id });
  await db.module.update({
    where: { id: assigned.moduleId },
    data: { status: "PUBLISHED", currentVersionId: assigned.versionId },
  });
  await db.assignment.create({ data: { classId, moduleId: assigned.moduleId } });
  questions = await quizQuestions(assigned.versionId);

  // A draft with a version to try: its owner reviews it; even assigned, students cannot see it.
  const draft = await importArticleFolder(SAMPLE, { slug: DRAFT, ownerId: teacher.id });
  await db.module.update({
    where: { id: draft.moduleId },
    data: { status: "DRAFT", currentVersionId: draft.versionId },
  });
  await db.assignment.create({ data: { classId, moduleId: draft.moduleId } });
});

const answer = (q: QuizQuestion, right = true) => ({
  questionId: q.id,
  response: right ? correctResponse(q) : wrongResponse(q),
});

describe("a published module assigned to a class", () => {
  it("lets an enrolled student take the quiz, with source links under /library", async () => {
    const { attemptId } = (await startOrResumeAttempt(enrolled.id, ASSIGNED))!;
    const outcome = await recordAnswer(enrolled.id, attemptId, answer(questions[0]!, false));
    expect(outcome.repeated).toBe(false);
    expect(outcome.feedback.source.href).toMatch(new RegExp(`^/library/${ASSIGNED}/articles/.+#.+`));
    const view = (await getAttemptView(enrolled.id, attemptId))!;
    expect(view.basePath).toBe(`/library/${ASSIGNED}`);
    expect(view.answered[0]!.feedback.source.href).toMatch(new RegExp(`^/library/${ASSIGNED}/`));
    expect(await recordReading(enrolled.id, ASSIGNED, "section:overview")).not.toBeNull();
    expect((await getQuizProgress(enrolled.id)).map((p) => p.slug)).toEqual([ASSIGNED]);
    const due = await listDueReviews(enrolled.id, day(400));
    expect(due.due.map((d) => d.question.id)).toEqual([questions[0]!.id]);
    const reviewed = await answerReview(enrolled.id, answer(questions[0]!), day(400));
    expect(reviewed.feedback.source.href).toMatch(new RegExp(`^/library/${ASSIGNED}/`));
  });

  it("is not found for a student who is not enrolled, and for anonymous practice", async () => {
    expect(await startOrResumeAttempt(outsider.id, ASSIGNED)).toBeNull();
    expect(await findQuizModule(ASSIGNED, null)).toBeNull();
    expect(await recordReading(outsider.id, ASSIGNED, "section:overview")).toBeNull();
    expect(await getReadingState(outsider.id, ASSIGNED)).toBeNull();
    await expectRefused(checkPracticeAnswer(ASSIGNED, answer(questions[0]!)), "not-found");
    // Nor can they use an enrolled student's attempt id.
    const theirs = await db.quizAttempt.findFirstOrThrow({ where: { userId: enrolled.id } });
    await expectRefused(recordAnswer(outsider.id, theirs.id, answer(questions[1]!)), "not-found");
    expect(await db.quizAttempt.count({ where: { userId: outsider.id } })).toBe(0);
  });

  it("is not found once the class is archived, even for an attempt already open", async () => {
    const student = await newUser("archived");
    await db.enrollment.create({ data: { classId, studentId: student.id } });
    const { attemptId } = (await startOrResumeAttempt(student.id, ASSIGNED))!;
    await recordAnswer(student.id, attemptId, answer(questions[0]!, false));
    await db.class.update({ where: { id: classId }, data: { archivedAt: new Date() } });
    try {
      const answersBefore = await db.quizAnswer.count({ where: { attemptId } });
      expect(await startOrResumeAttempt(student.id, ASSIGNED)).toBeNull();
      expect(await getAttemptView(student.id, attemptId)).toBeNull();
      await expectRefused(recordAnswer(student.id, attemptId, answer(questions[1]!)), "not-found");
      await expectRefused(finishAttempt(student.id, attemptId), "not-found");
      expect(await recordReading(student.id, ASSIGNED, "section:overview")).toBeNull();
      expect(await getQuizProgress(student.id)).toEqual([]);
      expect((await listDueReviews(student.id, day(400))).due).toEqual([]);
      await expectRefused(answerReview(student.id, answer(questions[0]!), day(400)), "not-found");
      expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(answersBefore);
      expect((await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } })).finishedAt).toBeNull();
    } finally {
      await db.class.update({ where: { id: classId }, data: { archivedAt: null } });
    }
  });
});

describe("a draft module", () => {
  it("can be tried by the teacher who owns it", async () => {
    const { attemptId } = (await startOrResumeAttempt(teacher.id, DRAFT))!;
    const [q] = await quizQuestions(
      (await db.module.findUniqueOrThrow({ where: { slug: DRAFT } })).currentVersionId!,
    );
    expect((await recordAnswer(teacher.id, attemptId, answer(q!))).result.correct).toBe(true);
    expect((await finishAttempt(teacher.id, attemptId)).progress.answered).toBe(1);
  });

  it("is not found for students, even those in a class it is assigned to", async () => {
    expect(await startOrResumeAttempt(enrolled.id, DRAFT)).toBeNull();
    expect(await startOrResumeAttempt(outsider.id, DRAFT)).toBeNull();
    expect(await recordReading(enrolled.id, DRAFT, "section:overview")).toBeNull();
    expect(await findQuizModule(DRAFT, null)).toBeNull();
  });
});

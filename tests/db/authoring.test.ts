import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { ArticleInput } from "@/lib/generator";
import { checkArticleUploads, type UploadedFile } from "@/lib/authoring/check-uploads";
import { createDraftModule } from "@/lib/authoring/create-draft";
import { editQuestion, editSection, publishModule, setQuestionRemoved, unpublishModule } from "@/lib/authoring/edits";
import { getReadableArticle } from "@/lib/authoring/library";
import { getModuleReview, listTeacherModules } from "@/lib/authoring/queries";
import { regenerateModule } from "@/lib/authoring/regenerate";
import { getModuleExplainer, getReadableModuleExplainer } from "@/lib/modules/explainer";

// Lets one test make the import fail after every row has been written.
const failure = vi.hoisted(() => ({ afterWrite: false }));
vi.mock("@/lib/modules/import-module", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/modules/import-module")>();
  return {
    ...actual,
    writeGeneratedModule: async (...args: Parameters<typeof actual.writeGeneratedModule>) => {
      const written = await actual.writeGeneratedModule(...args);
      if (failure.afterWrite) throw new Error("disk full");
      return written;
    },
  };
});

const SAMPLE = path.join(process.cwd(), "content", "sample");
const sampleInput = (file: string): ArticleInput => ({ file, text: readFileSync(path.join(SAMPLE, file), "utf8") });
const ARTICLES = ["000_eb7de3a788e73fad.txt", "001_32f27aed44adfa27.txt", "002_0cefd554b753c38a.txt"].map(sampleInput);

const file = (name: string, content: string | Uint8Array): UploadedFile => {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

async function rowCounts() {
  const [modules, versions, articles, sentences, sections, questions] = await Promise.all([
    db.module.count(),
    db.moduleVersion.count(),
    db.article.count(),
    db.sentence.count(),
    db.section.count(),
    db.question.count(),
  ]);
  return { modules, versions, articles, sentences, sections, questions };
}

let teacherA: string;
let teacherB: string;
let student: string;

beforeAll(async () => {
  const user = (name: string, role: "TEACHER" | "STUDENT") =>
    db.user.create({ data: { name, email: `${name}@authoring.test`, passwordHash: "x", role } }).then((u) => u.id);
  [teacherA, teacherB, student] = await Promise.all([user("teacher-a", "TEACHER"), user("teacher-b", "TEACHER"), user("student", "STUDENT")]);
});

describe("checking uploads", () => {
  it("names every bad file with its reason, and returns no problem for good ones", async () => {
    const { inputs, problems } = await checkArticleUploads(
      [
        file("good.txt", "Talks resume\n\nDelegations met in Doha on Monday to discuss the ceasefire."),
        file("report.pdf", "%PDF-1.4"),
        file("huge.txt", new Uint8Array(2_000_000).fill(97)),
        file("latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])),
        file("page.md", "<!doctype html><html><body>x</body></html>"),
        file("blank.txt", "   \n  "),
      ],
      [{ title: "", text: "" }],
    );
    expect(inputs.map((i) => i.file)).toEqual(["good.txt"]);
    expect(problems).toEqual([
      { file: "report.pdf", message: "Only .txt and .md files can be uploaded as articles." },
      { file: "huge.txt", message: "The file is 2.0 MB; an article may be at most 1 MB." },
      { file: "latin1.txt", message: "The file is not UTF-8 text. Save it as UTF-8 and try again." },
      { file: "page.md", message: expect.stringContaining("HTML page") },
      { file: "blank.txt", message: "The file holds only blank space." },
    ]);
  });

  it("refuses more than 50 files", async () => {
    const many = Array.from({ length: 51 }, (_, i) => file(`a${i}.txt`, "Some text."));
    const { problems } = await checkArticleUploads(many, []);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/at most 50 files/);
  });

  it("refuses a set over 10 MB in all, though each file is under 1 MB", async () => {
    const big = Array.from({ length: 12 }, (_, i) => file(`part${i}.txt`, new Uint8Array(900_000).fill(97)));
    const { inputs, problems } = await checkArticleUploads(big, []);
    expect(inputs).toEqual([]);
    expect(problems).toEqual([{ file: "12 files", message: expect.stringMatching(/10\.8 MB; a module takes at most 10 MB in all/) }]);
  });
});

describe("storing a teacher's draft", () => {
  it("stores a draft owned by the teacher, at a new address that never reuses another module's", async () => {
    const a = await createDraftModule(teacherA, "Ceasefire talks", ARTICLES);
    const b = await createDraftModule(teacherB, "Ceasefire talks", ARTICLES);
    expect(a.slug).toMatch(/^ceasefire-talks-[0-9a-f]{6}$/);
    expect(b.slug).not.toBe(a.slug);
    const mod = await db.module.findUniqueOrThrow({ where: { id: a.moduleId } });
    expect(mod).toMatchObject({ ownerId: teacherA, status: "DRAFT", currentVersionId: null });
    const listed = await listTeacherModules(teacherA);
    expect(listed).toEqual([expect.objectContaining({ id: a.moduleId, title: "Ceasefire talks", status: "DRAFT", articleCount: 3 })]);
    expect(listed[0]!.questionCount).toBeGreaterThan(5);
  });

  it("leaves nothing behind when the import fails after writing its rows", async () => {
    const before = await rowCounts();
    failure.afterWrite = true;
    try {
      await expect(createDraftModule(teacherA, "Doomed", ARTICLES)).rejects.toThrow("disk full");
    } finally {
      failure.afterWrite = false;
    }
    expect(await rowCounts()).toEqual(before);
  });
});

describe("reviewing, editing and regenerating", () => {
  it("carries question edits, removals and section edits over to a new version, and lists the ones it cannot", async () => {
    const { moduleId } = await createDraftModule(teacherA, "Carry over", ARTICLES);
    const review = (await getModuleReview(moduleId, teacherA))!;
    const choiceQuestion = review.questions.find((q) => q.type === "SINGLE")!;
    const body = choiceQuestion.body as { choices: { id: string; text: string }[] };
    const fields: Record<string, string> = { prompt: "Which city hosted the first round?" };
    for (const c of body.choices) fields[`choice-${c.id}`] = `${c.text} (edited)`;
    expect(await editQuestion(teacherA, moduleId, choiceQuestion.id, fields)).toEqual({ ok: true });
    const removed = review.questions.find((q) => q.id !== choiceQuestion.id)!;
    expect(await setQuestionRemoved(teacherA, moduleId, removed.id, true)).toEqual({ ok: true });

    const glossary = review.sections.find((s) => s.kind === "glossary")!;
    const terms = glossary.data as { term: string; definition: string }[];
    expect(terms.length).toBeGreaterThan(0);
    expect(await editSection(teacherA, moduleId, "glossary", { "glossary-0": "A teacher's definition." })).toEqual({ ok: true });
    // The generated text is kept beside the edit.
    const stored = await db.section.findFirstOrThrow({ where: { versionId: review.version.id, kind: "glossary" } });
    expect((stored.data as typeof terms)[0]!.definition).toBe(terms[0]!.definition);
    expect((stored.editedData as typeof terms)[0]!.definition).toBe("A teacher's definition.");

    // An edit of an item the next run will not generate: it must be reported, not dropped.
    const gone = { term: "Zzyzx accord", definition: "Generated text.", source: (glossary.data as { source: unknown }[])[0]!.source };
    await db.section.update({
      where: { id: stored.id },
      data: {
        data: [...(stored.data as object[]), gone],
        editedData: [...(stored.editedData as object[]), { ...gone, definition: "My own words on Zzyzx." }],
      },
    });

    const result = await regenerateModule(moduleId, teacherA);
    expect(result).toEqual({ ok: true, versionNumber: 2, lostEdits: 1 });
    const next = (await getModuleReview(moduleId, teacherA))!;
    expect(next.version.number).toBe(2);
    const carried = next.questions.find((q) => q.key === choiceQuestion.key)!;
    expect(carried.prompt).toBe("Which city hosted the first round?");
    expect((carried.body as typeof body).choices.every((c) => c.text.endsWith("(edited)"))).toBe(true);
    expect(carried.answer).toEqual(choiceQuestion.answer);
    expect(next.questions.find((q) => q.key === removed.key)!.removed).toBe(true);
    const nextGlossary = next.sections.find((s) => s.kind === "glossary")!;
    expect((nextGlossary.editedData as typeof terms).find((t) => t.term === terms[0]!.term)!.definition).toBe("A teacher's definition.");
    expect(next.report.lostEdits).toEqual([{ what: expect.stringContaining("Zzyzx accord"), content: "My own words on Zzyzx." }]);
  });

  it("refuses an edit that would break the question, and changes nothing", async () => {
    const { moduleId } = await createDraftModule(teacherA, "Bad edits", ARTICLES);
    const q = (await getModuleReview(moduleId, teacherA))!.questions.find((x) => x.type === "SINGLE")!;
    const [first, second] = (q.body as { choices: { id: string; text: string }[] }).choices;
    const result = await editQuestion(teacherA, moduleId, q.id, { prompt: "", [`choice-${first!.id}`]: "Same", [`choice-${second!.id}`]: "same" });
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ fieldErrors: { prompt: expect.any(String), [`choice-${second!.id}`]: expect.stringMatching(/same text/) } });
    expect(await db.question.findUniqueOrThrow({ where: { id: q.id } })).toMatchObject({ prompt: q.prompt, body: q.body, editedAt: null });
  });
});

describe("who sees what", () => {
  it("another teacher can neither see, edit, regenerate nor publish a teacher's draft", async () => {
    const { moduleId, slug } = await createDraftModule(teacherA, "Private draft", ARTICLES);
    const q = (await getModuleReview(moduleId, teacherA))!.questions[0]!;
    expect(await getModuleReview(moduleId, teacherB)).toBeNull();
    expect(await listTeacherModules(teacherB)).not.toContainEqual(expect.objectContaining({ id: moduleId }));
    expect(await editQuestion(teacherB, moduleId, q.id, { prompt: "Hijacked question?" })).toMatchObject({ notFound: true });
    expect(await setQuestionRemoved(teacherB, moduleId, q.id, true)).toMatchObject({ notFound: true });
    expect(await editSection(teacherB, moduleId, "glossary", { "glossary-0": "Hijacked." })).toMatchObject({ notFound: true });
    expect(await publishModule(teacherB, moduleId)).toMatchObject({ notFound: true });
    expect(await regenerateModule(moduleId, teacherB)).toEqual({ ok: false, notFound: true });
    expect(await getReadableModuleExplainer(slug, teacherB)).toBeNull();
    const after = await db.question.findUniqueOrThrow({ where: { id: q.id } });
    expect(after).toMatchObject({ prompt: q.prompt, removed: false });
    expect(await db.module.findUniqueOrThrow({ where: { id: moduleId } })).toMatchObject({ status: "DRAFT" });
    expect(await db.moduleVersion.count({ where: { moduleId } })).toBe(1);
  });

  it("a student reads a teacher module only once it is published and assigned to their class, with the teacher's edits", async () => {
    const { moduleId, slug } = await createDraftModule(teacherA, "For my class", ARTICLES);
    const review = (await getModuleReview(moduleId, teacherA))!;
    const articleKey = review.articles[0]!.key;

    // The owner previews the draft.
    expect((await getReadableModuleExplainer(slug, teacherA))?.title).toBe("For my class");
    expect(await getReadableArticle(slug, articleKey, teacherA)).not.toBeNull();
    // Never public.
    expect(await getModuleExplainer(slug)).toBeNull();

    // A draft, even assigned, is not readable by a student.
    const cls = await db.class.create({ data: { teacherId: teacherA, name: "7B", joinCode: `C${Date.now()}` } });
    await db.enrollment.create({ data: { classId: cls.id, studentId: student } });
    await db.assignment.create({ data: { classId: cls.id, moduleId } });
    expect(await getReadableModuleExplainer(slug, student)).toBeNull();
    expect(await getReadableArticle(slug, articleKey, student)).toBeNull();

    await editSection(teacherA, moduleId, "glossary", { "glossary-0": "What the teacher wants students to read." });
    expect(await publishModule(teacherA, moduleId)).toEqual({ ok: true });
    const read = await getReadableModuleExplainer(slug, student);
    expect(read?.sections.glossary[0]?.definition).toBe("What the teacher wants students to read.");
    expect(await getReadableArticle(slug, articleKey, student)).not.toBeNull();

    // Published but not assigned to this student's class: not readable.
    const other = await createDraftModule(teacherA, "Not assigned", ARTICLES);
    await publishModule(teacherA, other.moduleId);
    expect(await getReadableModuleExplainer(other.slug, student)).toBeNull();

    // An archived class no longer gives access, nor does unpublishing.
    await db.class.update({ where: { id: cls.id }, data: { archivedAt: new Date() } });
    expect(await getReadableModuleExplainer(slug, student)).toBeNull();
    await db.class.update({ where: { id: cls.id }, data: { archivedAt: null } });
    expect(await unpublishModule(teacherA, moduleId)).toEqual({ ok: true });
    expect(await getReadableModuleExplainer(slug, student)).toBeNull();
  });
});

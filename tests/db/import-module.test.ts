import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { generateModuleFromFolder } from "@/lib/generator";
import { importArticleFolder } from "@/lib/modules/import-folder";
import { importGeneratedModule, ModuleImportError } from "@/lib/modules/import-module";

const SAMPLE = path.join(process.cwd(), "content", "sample");

async function counts() {
  const [modules, versions, articles, sentences, questions, sections] = await Promise.all([
    db.module.count(),
    db.moduleVersion.count(),
    db.article.count(),
    db.sentence.count(),
    db.question.count(),
    db.section.count(),
  ]);
  return { modules, versions, articles, sentences, questions, sections };
}

describe("importing an article folder", () => {
  it("stores the module, its articles with exact sentence offsets, sections and questions", async () => {
    const result = await importArticleFolder(SAMPLE, { slug: "sample-a", title: "Sample A", publish: true });
    expect(result.versionNumber).toBe(1);

    const mod = await db.module.findUniqueOrThrow({
      where: { slug: "sample-a" },
      include: { currentVersion: { include: { articles: { include: { sentences: true } }, sections: true } } },
    });
    expect(mod.title).toBe("Sample A");
    expect(mod.status).toBe("PUBLISHED");
    const articles = mod.currentVersion!.articles;
    expect(articles).toHaveLength(5);
    for (const article of articles) {
      expect(article.sentences.length).toBeGreaterThan(3);
      for (const s of article.sentences) expect(article.text.slice(s.start, s.end)).toBe(s.text);
    }
    expect(mod.currentVersion!.sections.map((s) => s.kind)).toContain("people");

    const questions = await db.question.findMany({ where: { versionId: mod.currentVersionId! } });
    expect(questions.length).toBeGreaterThanOrEqual(20);
    const generated = new Map(generateModuleFromFolder(SAMPLE).questions.map((q) => [q.id, q]));
    for (const q of questions) {
      const original = generated.get(q.key)!;
      // The public body is exactly the choices, items or pairs: what the student must see.
      const expectedKey = original.type === "order" ? "items" : original.type === "match" ? "pairs" : "choices";
      expect(Object.keys(q.body as object)).toEqual([expectedKey]);
      expect(q.answer).toEqual(original.answer);
      expect(q.explanation).toBe(original.explanation);
      expect(q.sourceQuote).toBe(original.source.quote);
      expect(q.sourceSentenceId).not.toBeNull();
    }
  });

  it("makes a new version of an existing module and points the module at it", async () => {
    await importArticleFolder(SAMPLE, { slug: "sample-b", publish: true });
    const second = await importArticleFolder(SAMPLE, { slug: "sample-b", publish: true });
    expect(second.versionNumber).toBe(2);
    const mod = await db.module.findUniqueOrThrow({ where: { slug: "sample-b" } });
    expect(mod.currentVersionId).toBe(second.versionId);
    expect(await db.moduleVersion.count({ where: { moduleId: mod.id } })).toBe(2);
  });

  it("writes nothing when the import fails part-way", async () => {
    const before = await counts();
    const generated = generateModuleFromFolder(SAMPLE);
    // A question of an unknown type fails after the articles have been written.
    const broken = { ...generated, questions: [{ ...generated.questions[0]!, type: "essay" }] } as never;
    await expect(importGeneratedModule(broken, { slug: "sample-broken", generatorVersion: "test" })).rejects.toThrow();
    expect(await counts()).toEqual(before);
  });

  it("refuses a slug owned by someone else and changes nothing", async () => {
    const teacher = await db.user.create({
      data: { name: "T", email: "t-import@example.com", passwordHash: "x", role: "TEACHER" },
    });
    await importArticleFolder(SAMPLE, { slug: "sample-c", publish: true });
    const before = await counts();
    await expect(importArticleFolder(SAMPLE, { slug: "sample-c", ownerId: teacher.id })).rejects.toBeInstanceOf(
      ModuleImportError,
    );
    expect(await counts()).toEqual(before);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorInputError } from "./errors";
import { generateModule, generateModuleFromFolder } from "./index";
import { readArticleFolder } from "./read-folder";

const ARTICLE = "Talks resume in Doha\n\nDelegates from both countries met in Doha on Monday to resume the talks.";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir("parley-");
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

function inputError(fn: () => unknown): GeneratorInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GeneratorInputError) return error;
    throw error;
  }
  throw new Error("expected a GeneratorInputError");
}

describe("bad input", () => {
  it("fails on an empty folder, naming it", () => {
    const dir = folder({});
    const error = inputError(() => generateModuleFromFolder(dir));
    expect(error.file).toBe(path.basename(dir));
    expect(error.message).toMatch(/no \.txt or \.md/);
  });

  it("fails on a folder that does not exist", () => {
    expect(inputError(() => readArticleFolder("/no/such/folder")).message).toMatch(/does not exist/);
  });

  it("skips an empty file with a warning naming it", () => {
    const m = generateModuleFromFolder(folder({ "a.txt": ARTICLE, "b.txt": "" }));
    expect(m.articles.map((a) => a.file)).toEqual(["a.txt"]);
    expect(m.warnings).toEqual([{ file: "b.txt", message: "The file is empty. The file was skipped." }]);
  });

  it("skips binary and non-UTF-8 files", () => {
    const m = generateModuleFromFolder(folder({ "a.txt": ARTICLE, "img.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), "latin1.txt": Buffer.from("Caf\xe9 talks in Bogot\xe1", "latin1") }));
    expect(m.warnings.map((w) => [w.file, w.message.split(".")[0]])).toEqual([
      ["img.txt", "The file is binary, not text"],
      ["latin1.txt", "The file is not UTF-8 text"],
    ]);
  });

  it("skips an HTML page and files that are not .txt or .md", () => {
    const html = "<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>";
    const m = generateModuleFromFolder(folder({ "a.txt": ARTICLE, "page.txt": html, "notes.json": "{}" }));
    expect(m.warnings.map((w) => w.file)).toEqual(["notes.json", "page.txt"]);
    expect(m.warnings[1]!.message).toMatch(/HTML page/);
  });

  it("skips a 5 MB file without reading it", () => {
    const m = generateModuleFromFolder(folder({ "a.txt": ARTICLE, "huge.txt": "word ".repeat(1_000_000) }));
    expect(m.warnings).toEqual([{ file: "huge.txt", message: "The file is 5.0 MB; an article may be at most 1 MB. The file was skipped." }]);
  });

  it("fails on a folder of 500 files with a plain message", () => {
    const dir = tempDir("parley-many-");
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 500; i++) writeFileSync(path.join(dir, `${i}.txt`), ARTICLE);
    expect(inputError(() => generateModuleFromFolder(dir)).message).toMatch(/500 article files; a module takes at most 200/);
  });

  it("fails when every file is unusable, listing each file's problem", () => {
    const error = inputError(() => generateModuleFromFolder(folder({ "a.txt": "", "b.md": "   \n" })));
    expect(error.details.map((d) => d.file)).toEqual(["a.txt", "b.md"]);
  });

  it("checks in-memory inputs the same way", () => {
    expect(inputError(() => generateModule([])).message).toMatch(/no articles/);
    const m = generateModule([{ file: "a.txt", text: ARTICLE }, { file: "e.txt", text: " " }]);
    expect(m.warnings.map((w) => w.file)).toEqual(["e.txt"]);
  });
});

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

function parley(...args: string[]) {
  const result = spawnSync(tsx, ["scripts/parley.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env },
    maxBuffer: 20 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run parley", () => {
  it("generate prints the module as JSON on stdout and nothing else", () => {
    const { code, stdout, stderr } = parley("generate", "content/sample");
    expect(code).toBe(0);
    const generated = JSON.parse(stdout);
    expect(generated.articles).toHaveLength(5);
    expect(generated.questions.length).toBeGreaterThanOrEqual(20);
    expect(stderr).toContain("5 articles");
  });

  it("import stores a new module, then a new version of it", async () => {
    const first = parley("import", "content/sample", "--slug", "cli-sample");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("/modules/cli-sample (version 1)");
    const second = parley("import", "content/sample", "--slug", "cli-sample");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("(version 2)");
    const mod = await db.module.findUniqueOrThrow({ where: { slug: "cli-sample" }, include: { versions: true } });
    expect(mod.versions).toHaveLength(2);
  });

  it("a folder with nothing usable fails with a message naming the file, and writes nothing", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "parley-bad-"));
    writeFileSync(path.join(folder, "empty.txt"), "");
    writeFileSync(path.join(folder, "page.txt"), "<!doctype html><html><body><p>hi</p></body></html>");
    writeFileSync(path.join(folder, "binary.txt"), Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    const before = await db.module.count();
    const result = parley("import", folder, "--slug", "bad-set");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Nothing was imported");
    for (const file of ["empty.txt", "page.txt", "binary.txt"]) expect(result.stderr).toContain(file);
    expect(await db.module.count()).toBe(before);
  });

  it("explains its usage when called wrongly", () => {
    const result = parley("publish", "content/sample");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage:");
    const emptyFolder = mkdtempSync(path.join(tmpdir(), "parley-empty-"));
    mkdirSync(path.join(emptyFolder, "sub"));
    const empty = parley("generate", emptyFolder);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toBe("");
    expect(empty.stderr).toMatch(/no \.txt or \.md/);
  });
});

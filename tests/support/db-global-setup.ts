import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/** Migrates one template database for the whole run; each test file works on a copy of it. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "parley-db-tests-"));
  const template = path.join(dir, "template.db");
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [prismaCli, "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${template}` },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  project.provide("templateDatabase", template);
  return () => rmSync(dir, { recursive: true, force: true });
}

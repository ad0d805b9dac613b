import path from "node:path";
import { generateModuleFromFolder } from "./index";
import type { ParleyModule } from "./schema";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SAMPLE_DIR = path.join(ROOT, "content/sample");
export const TEST_SETS = path.join(ROOT, "content/test-sets");

let sample: ParleyModule | null = null;
/** The sample set's module, generated once per test file. */
export function sampleModule(): ParleyModule {
  sample ??= generateModuleFromFolder(SAMPLE_DIR);
  return sample;
}

export function sentenceOf(module: ParleyModule, sentenceId: string) {
  const article = module.articles.find((a) => sentenceId.startsWith(`${a.id}-`))!;
  return { article, sentence: article.sentences.find((s) => s.id === sentenceId)! };
}

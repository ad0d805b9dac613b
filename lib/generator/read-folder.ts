import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { GeneratorInputError } from "./errors";
import type { GeneratorWarning } from "./schema";
import { DEFAULT_LIMITS, type ArticleInput, type GeneratorLimits } from "./types";

const ARTICLE_EXTENSIONS = new Set([".txt", ".md"]);

export type ReadResult = { inputs: ArticleInput[]; warnings: GeneratorWarning[] };

type Decoded = { ok: true; input: ArticleInput } | { ok: false; warning: GeneratorWarning };

/**
 * Checks one uploaded or stored file and decodes it as UTF-8 text. Problems that only
 * concern this file are returned as a warning (the file is skipped), so one bad file
 * does not sink a whole set. Shared by the folder reader and the teacher upload.
 */
export function decodeArticleFile(file: string, bytes: Uint8Array, limits: GeneratorLimits = DEFAULT_LIMITS): Decoded {
  const skip = (message: string): Decoded => ({ ok: false, warning: { file, message: `${message} The file was skipped.` } });
  if (bytes.length === 0) return skip("The file is empty.");
  if (bytes.length > limits.maxFileBytes) {
    const mb = (bytes.length / 1_000_000).toFixed(1);
    return skip(`The file is ${mb} MB; an article may be at most ${limits.maxFileBytes / 1_000_000} MB.`);
  }
  if (bytes.includes(0)) return skip("The file is binary, not text.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return skip("The file is not UTF-8 text. Save it as UTF-8 and try again.");
  }
  text = text.replace(/^\uFEFF/, "");
  if (looksLikeHtml(text)) return skip("The file is an HTML page, not article text. Copy the article's text into a .txt file.");
  if (text.trim().length === 0) return skip("The file holds only blank space.");
  return { ok: true, input: { file, text } };
}

/** True for saved web pages: a doctype, an <html> element, or text that is mostly tags. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  if (/<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]/.test(head)) return true;
  const tags = text.match(/<\/?[a-z][a-z0-9]*(\s[^<>]*)?>/gi)?.length ?? 0;
  return tags >= 20 && tags * 40 > text.length;
}

/**
 * Reads a folder of articles (one `.txt` or `.md` file each). Files are taken in name order
 * so the same folder always gives the same module. Throws GeneratorInputError when the
 * folder as a whole cannot be used; per-file problems become warnings.
 */
export function readArticleFolder(dir: string, limits: Partial<GeneratorLimits> = {}): ReadResult {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const folder = path.basename(path.resolve(dir));
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new GeneratorInputError(folder, "This is not a folder.");
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof GeneratorInputError) throw error;
    throw new GeneratorInputError(folder, "The folder does not exist or cannot be read.");
  }
  const warnings: GeneratorWarning[] = [];
  const articleNames: string[] = [];
  for (const name of names.sort()) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    if (!statSync(full).isFile()) continue;
    if (ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase())) articleNames.push(name);
    else warnings.push({ file: name, message: "Only .txt and .md files are read as articles. The file was skipped." });
  }
  if (articleNames.length === 0) {
    throw new GeneratorInputError(folder, "The folder has no .txt or .md article files.");
  }
  if (articleNames.length > lim.maxFiles) {
    throw new GeneratorInputError(
      folder,
      `The folder has ${articleNames.length} article files; a module takes at most ${lim.maxFiles}. Split the set into smaller folders.`,
    );
  }
  const inputs: ArticleInput[] = [];
  let total = 0;
  for (const name of articleNames) {
    const size = statSync(path.join(dir, name)).size;
    if (size > lim.maxFileBytes) {
      // Checked before reading so a huge file is never loaded.
      const mb = (size / 1_000_000).toFixed(1);
      warnings.push({ file: name, message: `The file is ${mb} MB; an article may be at most ${lim.maxFileBytes / 1_000_000} MB. The file was skipped.` });
      continue;
    }
    total += size;
    if (total > lim.maxTotalBytes) {
      throw new GeneratorInputError(name, `The articles add up to more than ${lim.maxTotalBytes / 1_000_000} MB. Split the set into smaller folders.`);
    }
    const decoded = decodeArticleFile(name, readFileSync(path.join(dir, name)), lim);
    if (decoded.ok) inputs.push(decoded.input);
    else warnings.push(decoded.warning);
  }
  if (inputs.length === 0) {
    const reasons = warnings.map((w) => `${w.file}: ${w.message}`).join(" ");
    throw new GeneratorInputError(folder, `None of the files could be used as an article. ${reasons}`, warnings);
  }
  return { inputs, warnings };
}

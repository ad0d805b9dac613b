/**
 * Parley's command line.
 *   npm run parley -- generate <folder>   print the module JSON on standard output, nothing else
 *   npm run parley -- import <folder> [--slug <slug>] [--title <title>]
 *                                         generate and store it: a new module, or a new version
 *                                         of the module at that slug (default: the folder's name)
 * Warnings and errors go to standard error. Exit codes: 0 done, 1 bad input, 2 bad usage.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { generateModuleFromFolder, isGeneratorInputError } from "../lib/generator";

const USAGE = [
  "Usage:",
  "  npm run parley -- generate <folder>",
  "  npm run parley -- import <folder> [--slug <slug>] [--title <title>]",
].join("\n");

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slugFromFolder(folder: string) {
  return path
    .basename(path.resolve(folder))
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .replace(/^-|-$/g, "");
}

function warn(warnings: { file: string | null; message: string }[]) {
  for (const w of warnings) process.stderr.write(`warning: ${w.file ? `${w.file}: ` : ""}${w.message}\n`);
}

function generate(folder: string): number {
  const generated = generateModuleFromFolder(folder);
  warn(generated.warnings);
  process.stdout.write(`${JSON.stringify(generated, null, 2)}\n`);
  process.stderr.write(`Generated "${generated.title}": ${generated.articles.length} articles, ${generated.questions.length} questions.\n`);
  return 0;
}

async function importFolder(folder: string, options: { slug?: string; title?: string }): Promise<number> {
  const slug = options.slug ?? slugFromFolder(folder);
  if (!SLUG.test(slug)) {
    process.stderr.write(`error: "${slug}" is not a usable module address: use lower-case letters, digits and hyphens (--slug).\n`);
    return 2;
  }
  // Loaded only for import: `generate` must not need a database.
  const { importArticleFolder } = await import("../lib/modules/import-folder");
  const { ModuleImportError } = await import("../lib/modules/import-module");
  const { db } = await import("../lib/db/client");
  try {
    const result = await importArticleFolder(folder, { slug, title: options.title, publish: true });
    warn(result.warnings);
    process.stdout.write(`Imported "${result.title}" as /modules/${slug} (version ${result.versionNumber}).\n`);
    return 0;
  } catch (error) {
    if (error instanceof ModuleImportError) {
      process.stderr.write(`error: ${error.message} Nothing was imported.\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { slug: { type: "string" }, title: { type: "string" } },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n${USAGE}\n`);
    return 2;
  }
  const [command, folder, ...rest] = parsed.positionals;
  if (!folder || rest.length > 0 || (command !== "generate" && command !== "import")) {
    process.stderr.write(`${command && command !== "generate" && command !== "import" ? `Unknown command "${command}".\n` : ""}${USAGE}\n`);
    return 2;
  }
  try {
    if (command === "generate") return generate(folder);
    return await importFolder(folder, parsed.values);
  } catch (error) {
    if (isGeneratorInputError(error)) {
      process.stderr.write(`error: ${error.message}${command === "import" ? " Nothing was imported." : ""}\n`);
      for (const d of error.details) process.stderr.write(`  ${d.file ?? ""}: ${d.message}\n`);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

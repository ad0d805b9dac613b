import { generateModuleFromFolder } from "@/lib/generator";
import { importGeneratedModule } from "@/lib/modules/import-module";

type FolderImportOptions = {
  slug: string;
  /** Replaces the generated title (the headline most like the others). */
  title?: string;
  ownerId?: string | null;
  publish?: boolean;
};

/** Generates a module from a folder of articles and stores it (all or nothing). */
export async function importArticleFolder(folder: string, { title, ...options }: FolderImportOptions) {
  const generated = generateModuleFromFolder(folder);
  if (title) generated.title = title;
  const stored = await importGeneratedModule(generated, {
    ...options,
    generatorVersion: `format-${generated.formatVersion}`,
    report: {
      warnings: generated.warnings,
      removed: generated.articles.map((a) => ({ file: a.file, lines: a.removed })),
    },
  });
  return { ...stored, title: generated.title, warnings: generated.warnings };
}

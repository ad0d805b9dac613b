import "server-only";
import { isolatedDb } from "@/lib/db/isolated-client";
import { isUniqueConstraintError } from "@/lib/db/errors";
import { generateModule, type ArticleInput } from "@/lib/generator";
import { writeGeneratedModule } from "@/lib/modules/import-module";
import { generatorReport, generatorVersionOf } from "@/lib/authoring/generate";
import { teacherModuleSlug } from "@/lib/authoring/slug";

export const IMPORT_TRANSACTION = { timeout: 120_000, maxWait: 20_000 } as const;

/**
 * Runs the generator on checked articles and stores the result as a new DRAFT module owned by
 * the teacher, all in one transaction on the isolated connection: a failure stores nothing.
 * Throws GeneratorInputError for a set the generator refuses as a whole.
 */
export async function createDraftModule(teacherId: string, title: string, inputs: ArticleInput[]) {
  const generated = generateModule(inputs);
  generated.title = title;
  for (let attempt = 0; ; attempt++) {
    const slug = teacherModuleSlug(title);
    try {
      return await isolatedDb().$transaction(async (tx) => {
        // A random tail makes a clash unlikely; this makes sure the import never adds a version
        // to a module that already has the address.
        if (await tx.module.findUnique({ where: { slug }, select: { id: true } })) throw new SlugTakenError();
        const stored = await writeGeneratedModule(tx, generated, {
          slug,
          ownerId: teacherId,
          generatorVersion: generatorVersionOf(generated),
          report: generatorReport(generated),
        });
        return { ...stored, slug };
      }, IMPORT_TRANSACTION);
    } catch (error) {
      const clash = error instanceof SlugTakenError || isUniqueConstraintError(error);
      if (!clash || attempt >= 2) throw error;
    }
  }
}

class SlugTakenError extends Error {}

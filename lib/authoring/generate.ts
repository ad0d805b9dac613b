import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParleyModule } from "@/lib/generator/schema";

/** What the review page shows of a run of the generator: warnings and the lines it removed. */
export function generatorReport(generated: ParleyModule, extra: { lostEdits?: LostEdit[] } = {}): Prisma.InputJsonValue {
  return {
    warnings: generated.warnings,
    removed: generated.articles.map((a) => ({ file: a.file, lines: a.removed })),
    lostEdits: extra.lostEdits ?? [],
  };
}

/** An edit a regeneration could not carry over, with what it said, so it is never lost silently. */
export type LostEdit = { what: string; content: string };

export const generatorVersionOf = (generated: ParleyModule) => `format-${generated.formatVersion}`;

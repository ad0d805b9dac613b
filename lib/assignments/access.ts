import "server-only";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { ModuleStatus } from "@/lib/generated/prisma/enums";
import { PUBLIC_MODULE_WHERE } from "@/lib/modules/access";

/**
 * The teacher's own class, or null: the owner is part of the `where`, so another teacher's class
 * id finds nothing (and the page answers not-found, as for an id that does not exist).
 */
export const findOwnedClass = cache(async (teacherId: string, classId: string) =>
  db.class.findFirst({
    where: { id: classId, teacherId },
    select: { id: true, name: true, archivedAt: true },
  }),
);

/** What a teacher may assign: Parley's public modules and their own published ones. */
export function assignableModuleWhere(teacherId: string) {
  return {
    currentVersionId: { not: null },
    OR: [PUBLIC_MODULE_WHERE, { ownerId: teacherId, status: ModuleStatus.PUBLISHED }],
  };
}

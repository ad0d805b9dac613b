import { ModuleStatus } from "@/lib/generated/prisma/enums";

/**
 * Who may read a module, as Prisma `where`s. Keep every query on these rules so that no page or
 * route forgets a case.
 *
 * Public: the published modules shipped with Parley (no owner). Their pages are prerendered and
 * shared by every visitor.
 */
export const PUBLIC_MODULE_WHERE = { status: ModuleStatus.PUBLISHED, ownerId: null } as const;

/**
 * What one signed-in user may read: the public modules, the modules they own (drafts included,
 * so a teacher can review them), and the published modules assigned to a class they are
 * enrolled in that the class's teacher has not archived.
 */
export function readableModuleWhere(userId: string) {
  return {
    OR: [
      PUBLIC_MODULE_WHERE,
      { ownerId: userId },
      {
        status: ModuleStatus.PUBLISHED,
        assignments: { some: { class: { archivedAt: null, enrollments: { some: { studentId: userId } } } } },
      },
    ],
  };
}

/** What pages show about an article besides its text: title, outlet, date, link, length. */
export const ARTICLE_META_SELECT = {
  key: true,
  title: true,
  outlet: true,
  date: true,
  url: true,
  wordCount: true,
} as const;

/** Questions a teacher left in the quiz: the ones students are asked. */
export const ASKED_QUESTIONS_WHERE = { removed: false } as const;

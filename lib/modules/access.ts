import { ModuleStatus } from "@/lib/generated/prisma/enums";

/**
 * Who may read a module, as a Prisma `where`: for now the published modules shipped with Parley
 * (no owner). Class modules will widen this for their students; keep every query on this one
 * rule so that no page or route forgets a case.
 */
export const PUBLIC_MODULE_WHERE = { status: ModuleStatus.PUBLISHED, ownerId: null } as const;

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

import { ModuleStatus } from "@/lib/generated/prisma/enums";

/**
 * Who may read a module, as a Prisma `where`: for now the published modules shipped with Parley
 * (no owner). Class modules will widen this for their students; keep every query on this one
 * rule so that no page or route forgets a case.
 */
export const PUBLIC_MODULE_WHERE = { status: ModuleStatus.PUBLISHED, ownerId: null } as const;

import { Prisma } from "@/lib/generated/prisma/client";

/** Prisma's P2002: a row with the same unique value exists already. */
export function isUniqueConstraintError(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

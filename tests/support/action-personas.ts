import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { onPostgres } from "./test-database";

// Shared by the server-action security tests (tests/db/access-matrix.test.ts, fuzz-actions):
// who is signed in, Next's request-bound helpers replaced by plain functions, and a fingerprint
// of the whole database to compare before and after a refused call.

export const session: { user: SessionUser | null; address: string } = { user: null, address: "203.0.113.1" };

/** Call before importing any action module (vi.mock is hoisted only inside the test file). */
export function mockNextForActions() {
  vi.doMock("@/lib/auth/session", () => ({
    getSessionUser: async () => session.user,
    requireUser: async () => {
      if (!session.user) throw new Error("NEXT_REDIRECT /signin");
      return session.user;
    },
    requireTeacher: async () => {
      if (!session.user) throw new Error("NEXT_REDIRECT /signin");
      if (session.user.role !== "TEACHER") throw new Error("NEXT_NOT_FOUND");
      return session.user;
    },
  }));
  vi.doMock("next/cache", () => ({ revalidatePath: () => {} }));
  vi.doMock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": session.address }) }));
  vi.doMock("next/navigation", () => ({
    notFound: () => {
      throw new Error("NEXT_NOT_FOUND");
    },
    redirect: (to: string) => {
      throw new Error(`NEXT_REDIRECT ${to}`);
    },
  }));
}

/** Every table's rows but the rate-limit counters (refused calls may count against a limit). */
export async function databaseFingerprint(): Promise<string> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    onPostgres
      ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%' AND table_name <> 'RateLimit' ORDER BY table_name"
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' AND name <> 'RateLimit' ORDER BY name",
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    // Every table's first column is its id (RateLimit, keyed otherwise, is left out above).
    const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${name}" ORDER BY 1`);
    parts.push(`${name}:${JSON.stringify(rows, (_, v) => (typeof v === "bigint" ? v.toString() : v))}`);
  }
  return parts.join("\n");
}

/** The exported functions of every "use server" module under lib/ and app/, as "file#name". */
export function serverActionExports(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated") walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts")) {
        const source = readFileSync(full, "utf8");
        if (!/^\s*["']use server["']/.test(source)) continue;
        for (const m of source.matchAll(/export async function (\w+)/g))
          found.push(`${path.relative(process.cwd(), full)}#${m[1]}`);
      }
    }
  };
  for (const root of ["lib", "app", "components"]) walk(path.join(process.cwd(), root));
  return found.sort();
}

export const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

/** What a call ended in: its returned state, or the error it threw (Next's notFound/redirect). */
export async function outcome(call: () => Promise<unknown>): Promise<{ value?: unknown; thrown?: string }> {
  try {
    return { value: await call() };
  } catch (error) {
    return { thrown: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The rows server actions can change, in a few small queries: cheap enough to compare before
 * and after each of thousands of fuzzed calls (databaseFingerprint reads every table).
 */
export async function writableFingerprint(): Promise<string> {
  const [users, classes, enrollments, assignments, extensions, modules, questions, sections] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true, email: true, username: true, passwordHash: true, role: true }, orderBy: { id: "asc" } }),
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.enrollment.findMany({ orderBy: { id: "asc" } }),
    db.assignment.findMany({ orderBy: { id: "asc" } }),
    db.assignmentExtension.findMany({ orderBy: { assignmentId: "asc" } }),
    db.module.findMany({ select: { id: true, title: true, status: true, ownerId: true, currentVersionId: true }, orderBy: { id: "asc" } }),
    db.question.findMany({ select: { id: true, prompt: true, removed: true, editedAt: true }, orderBy: { id: "asc" } }),
    db.section.findMany({ select: { id: true, editedData: true }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify([users, classes, enrollments, assignments, extensions, modules, questions, sections]);
}

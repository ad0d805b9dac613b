import { createParleyClient, type ParleyClient } from "@/lib/db/create-client";

export type { ParleyClient };

// One client per process. Kept on globalThis in production too: Next bundles this module into
// several server chunks (route handlers, pages, server actions), each of which would otherwise
// make its own client, so one process held several SQLite connections (a transaction on one then
// makes a write on another wait out the busy timeout, blocking the process) or several
// PostgreSQL pools (12 connections seen for one server, where the deployment doc counts 10).
// In development it also survives hot reloads.
const globalForPrisma = globalThis as unknown as { parleyPrisma?: ParleyClient };

export const db: ParleyClient = (globalForPrisma.parleyPrisma ??= createParleyClient());

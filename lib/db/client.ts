import { env } from "@/lib/env";
import { createParleyClient, type ParleyClient } from "@/lib/db/create-client";

export type { ParleyClient };

// One client per process, also across Next's hot reloads in development.
const globalForPrisma = globalThis as unknown as { parleyPrisma?: ParleyClient };

export const db: ParleyClient = globalForPrisma.parleyPrisma ?? createParleyClient();
if (!env.isProduction) globalForPrisma.parleyPrisma = db;

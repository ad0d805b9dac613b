import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads configuration from the environment. Every default here is safe for
 * a developer's machine; a deployment sets NEXTAUTH_SECRET and NEXTAUTH_URL (README).
 */

// Like Next, read a .env beside the project when there is one; the real environment wins.
if (existsSync(".env")) process.loadEnvFile(".env");

export const DEFAULT_DATABASE_URL = "file:./data/parley.db";
export const DATA_DIR = path.join(process.cwd(), "data");
/** Written once by `npm run setup` so that `npm start` on a single machine needs no .env. */
export const LOCAL_SECRET_FILE = path.join(DATA_DIR, "auth-secret");
const DEVELOPMENT_SECRET = "parley-development-secret-not-for-production-use";

// An empty value (as in a copied .env.example) means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: optional(z.enum(["development", "test", "production"])),
  DATABASE_URL: optional(
    z
      .string()
      .regex(
        /^(file:|postgres(ql)?:\/\/)/,
        "must be a SQLite file URL (file:<path>) or a PostgreSQL URL (postgresql://user:password@host:5432/database)",
      ),
  ),
  NEXTAUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  NEXTAUTH_URL: optional(z.url()),
  PORT: optional(z.coerce.number().int().min(1).max(65535)),
  SIGN_IN_LIMIT_PER_ADDRESS: optional(z.coerce.number().int().min(1)),
});

/** PostgreSQL when the URL says so (postgresql:// or postgres://); SQLite otherwise. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

function readLocalSecret(): string | undefined {
  if (!existsSync(LOCAL_SECRET_FILE)) return undefined;
  const secret = readFileSync(LOCAL_SECRET_FILE, "utf8").trim();
  return secret.length >= 32 ? secret : undefined;
}

function loadEnv() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const raw = parsed.data;
  const nodeEnv = raw.NODE_ENV ?? "development";
  const port = raw.PORT ?? 3000;
  const secret =
    raw.NEXTAUTH_SECRET ?? readLocalSecret() ?? (nodeEnv === "production" ? undefined : DEVELOPMENT_SECRET);
  if (!secret) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. Set it (openssl rand -base64 32) or run `npm run setup`.",
    );
  }
  const url = raw.NEXTAUTH_URL ?? `http://localhost:${port}`;
  const databaseUrl = raw.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  // next-auth reads NEXTAUTH_URL from process.env itself when it builds redirect URLs.
  process.env.NEXTAUTH_URL = url;
  return {
    nodeEnv,
    isProduction: nodeEnv === "production",
    databaseUrl,
    databaseProvider: isPostgresUrl(databaseUrl) ? ("postgresql" as const) : ("sqlite" as const),
    authSecret: secret,
    authUrl: url,
    port,
    signInLimitPerAddress: raw.SIGN_IN_LIMIT_PER_ADDRESS ?? 60,
  };
}

export const env = loadEnv();

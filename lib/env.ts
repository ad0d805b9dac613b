import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads configuration from the environment. Every default here is safe for
 * a developer's machine; production refuses to start without a real secret.
 */

export const DATA_DIR = path.join(process.cwd(), "data");
/** Written once by `npm run setup` so that `npm start` on a laptop needs no .env. */
export const LOCAL_SECRET_FILE = path.join(DATA_DIR, "auth-secret");
const DEVELOPMENT_SECRET = "parley-development-secret-not-for-production-use";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, "must start with file: (SQLite) or postgresql://")
    .default("file:./data/parley.db"),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SIGN_IN_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).default(60),
});

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
  const secret =
    raw.NEXTAUTH_SECRET ??
    readLocalSecret() ??
    (raw.NODE_ENV === "production" ? undefined : DEVELOPMENT_SECRET);
  if (!secret) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. Set it (openssl rand -base64 32) or run `npm run setup`.",
    );
  }
  const url = raw.NEXTAUTH_URL ?? `http://localhost:${raw.PORT}`;
  // next-auth reads NEXTAUTH_URL from process.env itself when it builds redirect URLs.
  process.env.NEXTAUTH_URL = url;
  return {
    nodeEnv: raw.NODE_ENV,
    isProduction: raw.NODE_ENV === "production",
    databaseUrl: raw.DATABASE_URL,
    databaseProvider: raw.DATABASE_URL.startsWith("file:") ? ("sqlite" as const) : ("postgresql" as const),
    authSecret: secret,
    authUrl: url,
    port: raw.PORT,
    signInLimitPerAddress: raw.SIGN_IN_LIMIT_PER_ADDRESS,
  };
}

export const env = loadEnv();

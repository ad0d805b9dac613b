import bcrypt from "bcryptjs";

/** bcrypt cost: 2^12 rounds, about a quarter of a second here; OWASP asks for 10 or more. */
export const BCRYPT_COST = 12;

/**
 * For passwords Parley generates itself (teacher-made student accounts): they are random, about
 * 48 bits, so the cost that protects a person's chosen password is not needed, and a teacher
 * adding a class of 50 would otherwise wait 15 s. Still OWASP's minimum.
 */
export const GENERATED_PASSWORD_COST = 10;

/** The cost is stored in the hash itself, so verifying works whichever cost made it. */
export function hashPassword(password: string, cost: number = BCRYPT_COST): Promise<string> {
  return bcrypt.hash(password, cost);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the account does not exist, so that an unknown email costs as much
// time as a wrong password and the response time does not reveal which accounts exist.
const UNKNOWN_ACCOUNT_HASH = bcrypt.hashSync("parley-unknown-account", BCRYPT_COST);

export async function verifyPasswordOrDummy(password: string, hash: string | null) {
  const ok = await verifyPassword(password, hash ?? UNKNOWN_ACCOUNT_HASH);
  return hash !== null && ok;
}

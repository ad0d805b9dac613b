import bcrypt from "bcryptjs";

/** bcrypt cost: 2^12 rounds, about a quarter of a second here; OWASP asks for 10 or more. */
export const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
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

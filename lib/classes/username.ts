/**
 * Usernames for accounts a teacher creates: readable ("amina.khan"), lower-case a-z, 0-9, dot,
 * underscore and dash only, so a child can type them; a number is added when one is taken.
 */
export const USERNAME_PATTERN = /^[a-z0-9._-]+$/;
export const USERNAME_MAX_LENGTH = 40;
const BASE_MAX_LENGTH = 30;
const FALLBACK = "student";

/** "Amina Khan" → "amina.khan"; "José  O'Brien" → "jose.obrien"; nothing usable → "student". */
export function usernameBaseFromName(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, ".")
    .slice(0, BASE_MAX_LENGTH)
    .replace(/^\.+|\.+$/g, "");
  return base || FALLBACK;
}

/**
 * The first free username for each name, in order: `base`, then `base2`, `base3`, ... skipping
 * the usernames in `taken` and those given to earlier names in the same list.
 */
export function pickUsernames(names: string[], taken: Iterable<string>): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    const base = usernameBaseFromName(name);
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}${n}`;
    used.add(candidate);
    return candidate;
  });
}

import { randomBytes } from "node:crypto";

/** "Ceasefire talks: Doha & Istanbul" → "ceasefire-talks-doha-istanbul". */
export function slugify(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "module";
}

/**
 * A teacher module's address: the title's slug with a random tail, so two teachers' modules with
 * the same title, or a teacher's and a public one, never share (or guess) an address.
 */
export function teacherModuleSlug(title: string): string {
  const tail = randomBytes(4).toString("hex").slice(0, 6);
  return `${slugify(title)}-${tail}`;
}

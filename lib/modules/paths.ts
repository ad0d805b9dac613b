/**
 * Where a module's reading pages live. Public modules are prerendered under /modules and shared
 * by every visitor; modules a teacher built are read under /library, where every request checks
 * who is reading. The quiz is /modules/<slug>/quiz for both (it is always per user).
 */
export function moduleBasePath(module: { slug: string; ownerId: string | null }): string {
  return module.ownerId === null ? `/modules/${module.slug}` : `/library/${module.slug}`;
}

/** The quiz of any module, public or a teacher's. */
export const quizPath = (slug: string) => `/modules/${slug}/quiz`;

import path from "node:path";
import { db } from "../lib/db/client";
import { importArticleFolder } from "../lib/modules/import-folder";

/** The module shipped with Parley: five reports on the 2025 Pakistan–Afghan Taliban talks. */
export const SAMPLE_MODULE = {
  folder: path.join(process.cwd(), "content", "sample"),
  slug: "pakistan-afghan-taliban-talks-2025",
  title: "Pakistan and the Afghan Taliban: the 2025 ceasefire talks",
};

/** Imports the sample module unless it is there already (set-up must never lose data). */
export async function loadSampleModule() {
  const existing = await db.module.findUnique({ where: { slug: SAMPLE_MODULE.slug }, select: { title: true } });
  if (existing) return { created: false, title: existing.title };
  const imported = await importArticleFolder(SAMPLE_MODULE.folder, {
    slug: SAMPLE_MODULE.slug,
    title: SAMPLE_MODULE.title,
    publish: true,
  });
  return { created: true, title: imported.title };
}

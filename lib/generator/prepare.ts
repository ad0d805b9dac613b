import path from "node:path";
import { cleanArticle } from "./clean";
import { outletFromUrl, parseHeader } from "./header";
import type { GeneratorWarning } from "./schema";
import { splitSentences } from "./sentences";
import type { ArticleDraft, ArticleInput } from "./types";

/**
 * One input file to a cleaned, split article with its metadata. Metadata comes from the
 * header block when there is one; otherwise only what the text supports (an outlet from
 * the article's own URL or a wire dateline) and null for the rest: nothing is invented.
 */
export function prepareArticle(input: ArticleInput, index: number, warnings: GeneratorWarning[]): ArticleDraft {
  const id = `a${index + 1}`;
  const { fields, body, hadHeader } = parseHeader(input.text);
  if (hadHeader && fields.rawDate && !fields.date) {
    warnings.push({ file: input.file, message: `The date "${fields.rawDate}" could not be read; the article date was left empty.` });
  }
  const clean = cleanArticle(body, fields.title);
  let title = clean.title;
  let titleFrom: ArticleDraft["metadataFrom"]["title"] = fields.title ? "header" : "first-line";
  if (!title) {
    title = path.basename(input.file, path.extname(input.file));
    titleFrom = "file-name";
  }
  let outlet: string | null = fields.outlet;
  let outletFrom: ArticleDraft["metadataFrom"]["outlet"] = outlet ? "header" : "none";
  if (!outlet && clean.dateline?.agency) {
    outlet = clean.dateline.agency;
    outletFrom = "dateline";
  }
  const urlOutlet = fields.url ? outletFromUrl(fields.url) : clean.linkedOutlet;
  if (!outlet && urlOutlet) {
    outlet = urlOutlet;
    outletFrom = "url";
  }
  if (clean.text.trim() === "") {
    warnings.push({ file: input.file, message: "Nothing was left after removing boilerplate, so the file was skipped." });
  }
  return {
    id,
    index,
    file: input.file,
    title,
    outlet,
    url: fields.url,
    date: fields.date ?? clean.publishedDate,
    dateline: clean.dateline?.place ?? null,
    metadataFrom: { title: titleFrom, outlet: outletFrom, date: fields.date ? "header" : clean.publishedDate ? "text" : "none" },
    text: clean.text,
    removed: clean.removed,
    sentences: splitSentences(id, clean),
  };
}

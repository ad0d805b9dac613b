import { decodeArticleFile, type ArticleInput } from "@/lib/generator";
import { ACCEPTED_EXTENSIONS, UPLOAD_LIMITS, type FileProblem, type PastedArticle } from "@/lib/authoring/upload-schema";

/** What the check needs of an uploaded File (the web File type satisfies it). */
export type UploadedFile = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

type Checked = { inputs: ArticleInput[]; problems: FileProblem[] };

// The generator's per-file messages say "The file was skipped." because a folder import goes on
// without it; an upload with a bad file stores nothing, so that sentence would mislead.
const forUpload = (message: string) => message.replace(/\s*The file was skipped\.$/, "");

/**
 * Checks every uploaded file (type, size, UTF-8 text, not HTML, not empty: the generator's own
 * per-file checks) and every pasted article. Any problem is reported with the file's name; the
 * caller stores nothing unless `problems` is empty.
 */
export async function checkArticleUploads(files: UploadedFile[], pasted: PastedArticle[]): Promise<Checked> {
  const inputs: ArticleInput[] = [];
  const problems: FileProblem[] = [];
  // A browser sends one nameless, empty part when no file was chosen.
  const chosen = files.filter((f) => !(f.name === "" && f.size === 0));
  if (chosen.length > UPLOAD_LIMITS.maxFiles) {
    problems.push({
      file: `${chosen.length} files`,
      message: `A module takes at most ${UPLOAD_LIMITS.maxFiles} files. Split the set into smaller modules.`,
    });
    return { inputs, problems };
  }
  const totalBytes = chosen.reduce((sum, f) => sum + f.size, 0);
  if (totalBytes > UPLOAD_LIMITS.maxTotalBytes) {
    problems.push({
      file: `${chosen.length} files`,
      message: `The files come to ${(totalBytes / 1_000_000).toFixed(1)} MB; a module takes at most ${UPLOAD_LIMITS.maxTotalBytes / 1_000_000} MB in all. Split the set into smaller modules.`,
    });
    return { inputs, problems };
  }
  const seen = new Set<string>();
  for (const file of chosen) {
    const name = file.name.split(/[\\/]/).pop() || "unnamed file";
    const extension = name.includes(".") ? name.slice(name.lastIndexOf(".")).toLowerCase() : "";
    if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) {
      problems.push({ file: name, message: "Only .txt and .md files can be uploaded as articles." });
      continue;
    }
    if (seen.has(name.toLowerCase())) {
      problems.push({ file: name, message: "Two files have this name. Rename one of them." });
      continue;
    }
    seen.add(name.toLowerCase());
    // Checked before the bytes are read, so an oversized file is never decoded.
    if (file.size > UPLOAD_LIMITS.maxFileBytes) {
      const mb = (file.size / 1_000_000).toFixed(1);
      problems.push({ file: name, message: `The file is ${mb} MB; an article may be at most 1 MB.` });
      continue;
    }
    const decoded = decodeArticleFile(name, new Uint8Array(await file.arrayBuffer()), {
      maxFiles: UPLOAD_LIMITS.maxFiles,
      maxFileBytes: UPLOAD_LIMITS.maxFileBytes,
      maxTotalBytes: UPLOAD_LIMITS.maxTotalBytes,
    });
    if (decoded.ok) inputs.push(decoded.input);
    else problems.push({ file: name, message: forUpload(decoded.warning.message) });
  }
  for (const [slot, article] of pasted.entries()) {
    if (article.text.trim() === "") continue;
    const name = `Pasted article ${slot + 1}`;
    const decoded = decodeArticleFile(`pasted-article-${slot + 1}.txt`, new TextEncoder().encode(article.text));
    if (!decoded.ok) {
      problems.push({ file: name, message: forUpload(decoded.warning.message) });
      continue;
    }
    // The title goes in the generator's header block, so it is not guessed from the first line.
    const header = article.title ? `title: ${article.title.replace(/\s+/g, " ")}\n---\n` : "";
    inputs.push({ file: decoded.input.file, text: header + decoded.input.text });
  }
  if (inputs.length + problems.length === 0) {
    problems.push({ file: "Articles", message: "Upload at least one .txt or .md file, or paste an article." });
  }
  return { inputs, problems };
}

/**
 * An input problem a teacher can fix (empty folder, unreadable file, too many files).
 * `file` names the file or folder at fault so the importer and the upload UI can show it;
 * `message` is plain words, safe to display.
 */
export class GeneratorInputError extends Error {
  readonly file: string | null;
  /** Per-file problems behind a folder-level failure (e.g. every file was unusable). */
  readonly details: { file: string | null; message: string }[];

  constructor(file: string | null, message: string, details: { file: string | null; message: string }[] = []) {
    super(file ? `${file}: ${message}` : message);
    this.name = "GeneratorInputError";
    this.file = file;
    this.details = details;
  }
}

export function isGeneratorInputError(error: unknown): error is GeneratorInputError {
  return error instanceof GeneratorInputError;
}

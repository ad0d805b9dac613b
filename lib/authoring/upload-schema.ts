import { z } from "zod";

// Shared by the upload form (client) and its action (server): no server imports here.

export const UPLOAD_LIMITS = {
  maxFiles: 50,
  maxFileBytes: 1_000_000,
  /** All files together: 50 files of 1 MB would be a 50 MB request, more than any article set needs. */
  maxTotalBytes: 10_000_000,
  /** Paste slots on the form; a teacher with more articles uploads them as files. */
  pasteSlots: 3,
} as const;

export const ACCEPTED_EXTENSIONS = [".txt", ".md"] as const;

export const moduleTitleSchema = z
  .string()
  .trim()
  .min(3, "Give the module a title of at least 3 characters.")
  .max(120, "Keep the title under 120 characters.");

export const pastedArticleSchema = z
  .object({
    title: z.string().trim().max(300, "Keep the title under 300 characters."),
    text: z.string().max(UPLOAD_LIMITS.maxFileBytes, "A pasted article may be at most 1 MB of text."),
  })
  .refine((a) => a.title === "" || a.text.trim() !== "", {
    message: "Paste the article's text, or clear its title.",
    path: ["text"],
  });

export type PastedArticle = z.infer<typeof pastedArticleSchema>;

/** A problem with one uploaded file or pasted article, shown next to its name. */
export type FileProblem = { file: string; message: string };

export type CreateModuleState = {
  formError?: string;
  /** Keyed by form field name: "title", "paste-0-text"... */
  fieldErrors: Record<string, string>;
  fileProblems: FileProblem[];
  /** What was typed, to fill the form again after a refused submission. */
  values?: Record<string, string>;
};

export const pasteFieldName = (slot: number, field: "title" | "text") => `paste-${slot}-${field}`;

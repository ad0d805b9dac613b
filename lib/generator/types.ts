import type { GeneratorWarning, RemovedLine, Sentence } from "./schema";

/** One article as read from disk (or uploaded), before any processing. */
export type ArticleInput = {
  /** The file name, used in messages and in the module's `articles[].file`. */
  file: string;
  text: string;
};

export type GeneratorLimits = {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
};

export const DEFAULT_LIMITS: GeneratorLimits = {
  // A module is read by students: 200 articles is already far more than a lesson uses.
  maxFiles: 200,
  // A long feature is about 60 KB of text; 1 MB means the file is not an article.
  maxFileBytes: 1_000_000,
  maxTotalBytes: 20_000_000,
};

export type GenerateOptions = {
  limits?: Partial<GeneratorLimits>;
  /** Upper bound on questions, spread across topics. */
  maxQuestions?: number;
};

/** A token with absolute offsets into its article's cleaned text. */
export type Token = {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  isWord: boolean;
  /** Whitespace before it in the source (false inside "Tehreek-e-Taliban"). */
  spaceBefore: boolean;
};

export type SentenceDraft = Sentence & { tokens: Token[] };

/** An article after cleaning and sentence splitting: what every later stage reads. */
export type ArticleDraft = {
  id: string;
  index: number;
  file: string;
  title: string;
  outlet: string | null;
  url: string | null;
  date: string | null;
  dateline: string | null;
  metadataFrom: {
    title: "header" | "first-line" | "file-name";
    outlet: "header" | "url" | "dateline" | "none";
    date: "header" | "text" | "none";
  };
  text: string;
  removed: RemovedLine[];
  sentences: SentenceDraft[];
};

export type Corpus = {
  articles: ArticleDraft[];
  warnings: GeneratorWarning[];
};

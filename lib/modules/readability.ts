/**
 * Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * Syllables are counted with the usual vowel-group rule; good to about a grade for news prose,
 * which is what a teacher needs to pick an article for a class.
 */

const WORD = /[A-Za-zÀ-ÿ]+(?:['’][A-Za-z]+)?/g;

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-zà-ÿ]/g, "");
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = trimmed.match(/[aeiouyà-ÿ]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export function fleschKincaidGrade(text: string, sentenceCount?: number): number {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return 0;
  const sentences = sentenceCount ?? Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length);
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
  return Math.max(0, Math.round(grade * 10) / 10);
}

import { randomInt } from "node:crypto";

/**
 * Join codes are read off a board and typed by children: no 0/O, 1/I/L, or U/V, which look
 * alike in many fonts. Lower-case letters are never stored (input is upper-cased), so o, i and l
 * need no separate rule. 29 symbols and 7 places give 17 billion codes; with the per-student
 * join limit, guessing a live one is out of reach.
 */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTWXYZ23456789";
export const JOIN_CODE_LENGTH = 7;

/** A fresh code from a cryptographic random source (never Math.random: codes must not be predictable). */
export function generateJoinCode(pick: (max: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[pick(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a student typed, as stored: case-insensitive, spaces and dashes (also typographic ones) ignored. */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-\u2010-\u2015]/g, "");
}

const VALID_CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** Whether a normalised code could be a join code at all (before asking the database). */
export function isWellFormedJoinCode(code: string): boolean {
  return VALID_CODE.test(code);
}

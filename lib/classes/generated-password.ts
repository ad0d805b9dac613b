import { randomInt } from "node:crypto";

/**
 * Passwords for accounts a teacher creates are read off a printed card by a child: lower-case
 * letters and digits without the look-alikes (0/o, 1/l/i, u/v), in two groups of five joined by
 * a dash. 29^10 is about 4 * 10^14 choices, far beyond guessing through the sign-in limit.
 */
export const PASSWORD_ALPHABET = "abcdefghjkmnpqrstwxyz23456789";
const GROUP_LENGTH = 5;

export function generateStudentPassword(pick: (max: number) => number = randomInt): string {
  const group = () => {
    let text = "";
    for (let i = 0; i < GROUP_LENGTH; i++) text += PASSWORD_ALPHABET[pick(PASSWORD_ALPHABET.length)];
    return text;
  };
  return `${group()}-${group()}`;
}

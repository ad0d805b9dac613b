import { describe, expect, it } from "vitest";
import {
  generateJoinCode,
  isWellFormedJoinCode,
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  normaliseJoinCode,
} from "@/lib/classes/join-code";

describe("generateJoinCode", () => {
  it("makes 7 characters from the unambiguous alphabet", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateJoinCode();
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      expect(isWellFormedJoinCode(code)).toBe(true);
    }
  });

  it("has no characters that look alike on a board", () => {
    for (const lookalike of ["0", "O", "o", "1", "l", "I", "i", "L", "U", "V"]) {
      expect(JOIN_CODE_ALPHABET).not.toContain(lookalike);
    }
  });

  it("uses every symbol of the alphabet, as the random source picks them", () => {
    let n = 0;
    const code = generateJoinCode((max) => n++ % max);
    expect(code).toBe(JOIN_CODE_ALPHABET.slice(0, JOIN_CODE_LENGTH));
    expect(generateJoinCode((max) => max - 1)).toBe(JOIN_CODE_ALPHABET.at(-1)!.repeat(JOIN_CODE_LENGTH));
  });

  it("rarely repeats itself", () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateJoinCode()));
    expect(codes.size).toBe(1000);
  });
});

describe("normaliseJoinCode", () => {
  it("ignores case, spaces and dashes", () => {
    expect(normaliseJoinCode(" abc-d ef\tg ")).toBe("ABCDEFG");
    expect(normaliseJoinCode("abc–defg")).toBe("ABCDEFG");
  });

  it("turns what a student typed into a code that matches the stored one", () => {
    const code = generateJoinCode();
    const typed = `${code.slice(0, 3).toLowerCase()} - ${code.slice(3)}`;
    expect(normaliseJoinCode(typed)).toBe(code);
  });
});

describe("isWellFormedJoinCode", () => {
  it.each(["ABCDEF", "ABCDEFGH", "ABCDEF0", "ABCDEFO", "ABCDEF1", "ABC DEFG", ""])("refuses %j", (code) => {
    expect(isWellFormedJoinCode(code)).toBe(false);
  });
});

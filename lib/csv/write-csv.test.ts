import { describe, expect, it } from "vitest";
import { csvField, guardFormula, writeCsv } from "./write-csv";

describe("csvField", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvField("Ada Lovelace")).toBe("Ada Lovelace");
    expect(csvField(85)).toBe("85");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvField("Smith, Jo")).toBe('"Smith, Jo"');
    expect(csvField('The "Doha" talks')).toBe('"The ""Doha"" talks"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("two\r\nlines")).toBe('"two\r\nlines"');
  });

  it("keeps non-ASCII names intact", () => {
    expect(csvField("Zoë Ağaoğlu")).toBe("Zoë Ağaoğlu");
  });
});

describe("guardFormula", () => {
  it("prefixes an apostrophe to text a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(guardFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    }
    expect(guardFormula("Sum = 3")).toBe("Sum = 3");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe("writeCsv", () => {
  it("starts with a byte-order mark and ends every row with CRLF", () => {
    const text = writeCsv([
      ["Student", "Score"],
      ["Zoë Ağaoğlu", 90],
      ["O'Brien, Pat", null],
    ]);
    expect(text).toBe("\uFEFFStudent,Score\r\nZoë Ağaoğlu,90\r\n\"O'Brien, Pat\",\r\n");
    expect(Buffer.from(text, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("writes an empty file as just the byte-order mark", () => {
    expect(writeCsv([])).toBe("\uFEFF");
  });
});

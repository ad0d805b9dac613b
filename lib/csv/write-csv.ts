// A CSV writer for spreadsheets (RFC 4180): fields with a comma, quote or line break are quoted
// and inner quotes doubled; rows end in CRLF; the text starts with a UTF-8 byte-order mark so
// Excel reads "Zoë Ağaoğlu" as UTF-8 rather than the machine's legacy code page.

export type CsvCell = string | number | null | undefined;

const BOM = "\uFEFF";
const CRLF = "\r\n";

/**
 * A cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets skip
 * before reading a formula) would be run as a formula when opened: "=HYPERLINK(...)" typed as a
 * student name must stay text. A leading apostrophe is what spreadsheets read as "this is text".
 * Numbers are written as numbers, so a negative number is not touched.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  const text = typeof cell === "number" ? String(cell) : guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: byte-order mark, one CRLF-terminated line per row. */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(",") + CRLF).join("");
}

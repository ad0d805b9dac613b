import { writeCsv, type CsvCell } from "./write-csv";

/** A CSV download: UTF-8 with BOM, saved under `filename`, never cached (it holds grades). */
export function csvResponse(filename: string, rows: readonly (readonly CsvCell[])[]): Response {
  // The plain filename is for old clients; filename* carries any non-ASCII class name intact.
  const ascii = filename.replace(/[^\w.-]+/g, "-");
  return new Response(writeCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A file name from a class name: letters and digits of any script, dashes between words. */
export function fileNameFrom(name: string, suffix: string): string {
  const base = name
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || "class"}-${suffix}.csv`;
}

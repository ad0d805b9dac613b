import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { csvResponse, fileNameFrom } from "@/lib/csv/response";
import type { CsvCell } from "@/lib/csv/write-csv";
import { Role } from "@/lib/generated/prisma/enums";

type Context = { params: Promise<{ classId: string }> };

/** What one export of a class holds, or null when the teacher does not own that class. */
type LoadExport = (teacherId: string, classId: string) => Promise<{ className: string; rows: CsvCell[][] } | null>;

const notFound = () => new Response("Not found.", { status: 404, headers: { "Cache-Control": "private, no-store" } });

/**
 * The GET handler of a class's CSV export: the class's teacher downloads it; anyone signed out
 * gets 401, and everyone else (students, other teachers, unknown classes) the same 404.
 */
export function classExportRoute(suffix: string, load: LoadExport) {
  return async function GET(_request: Request, { params }: Context) {
    const { classId } = await params;
    const user = await getSessionUser();
    if (!user) return new Response("Sign in first.", { status: 401 });
    if (user.role !== Role.TEACHER) return notFound();
    const found = await load(user.id, classId);
    if (!found) return notFound();
    return csvResponse(fileNameFrom(found.className, suffix), found.rows);
  };
}

import { getSessionUser } from "@/lib/auth/session";
import { gradebookRows } from "@/lib/class-progress/exports";
import { loadClassGrid } from "@/lib/class-progress/grid";
import { csvResponse, fileNameFrom } from "@/lib/csv/response";
import { Role } from "@/lib/generated/prisma/enums";

type Context = { params: Promise<{ classId: string }> };

const notFound = () => new Response("Not found.", { status: 404, headers: { "Cache-Control": "private, no-store" } });

/** The gradebook of the teacher's own class; anyone else (or any other class) gets 404. */
export async function GET(_request: Request, { params }: Context) {
  const { classId } = await params;
  const user = await getSessionUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (user.role !== Role.TEACHER) return notFound();
  const grid = await loadClassGrid(user.id, classId);
  if (!grid) return notFound();
  return csvResponse(fileNameFrom(grid.className, "gradebook"), gradebookRows(grid));
}

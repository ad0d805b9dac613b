import { findOwnedClass } from "@/lib/assignments/access";
import { getSessionUser } from "@/lib/auth/session";
import { questionRows } from "@/lib/class-progress/exports";
import { loadQuestionExport } from "@/lib/class-progress/question-export";
import { csvResponse, fileNameFrom } from "@/lib/csv/response";
import { Role } from "@/lib/generated/prisma/enums";

type Context = { params: Promise<{ classId: string }> };

const notFound = () => new Response("Not found.", { status: 404, headers: { "Cache-Control": "private, no-store" } });

/** Each student's answers on their best attempt, a row per question; the class's teacher only. */
export async function GET(_request: Request, { params }: Context) {
  const { classId } = await params;
  const user = await getSessionUser();
  if (!user) return new Response("Sign in first.", { status: 401 });
  if (user.role !== Role.TEACHER) return notFound();
  const cls = await findOwnedClass(user.id, classId);
  const entries = cls ? await loadQuestionExport(user.id, cls.id) : null;
  if (!cls || !entries) return notFound();
  return csvResponse(fileNameFrom(cls.name, "answers"), questionRows(entries));
}

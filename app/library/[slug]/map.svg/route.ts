import type { NextRequest } from "next/server";
import { getRequestUserId } from "@/lib/auth/request-user";
import { buildModuleMap, mapSvgDocument } from "@/lib/map";
import { getReadableModuleExplainer } from "@/lib/modules/explainer";

// The map of a teacher's module: drawn per request for a reader who may read the module
// (readableModuleWhere), like the page that shows it. Public modules' maps are prerendered.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const SVG_HEADERS = {
  "Content-Type": "image/svg+xml; charset=utf-8",
  "Cache-Control": "private, max-age=300",
  // Opened on its own, the file may only style itself: no scripts, nothing fetched.
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
  "X-Content-Type-Options": "nosniff",
};

const notFound = () => new Response("No such map.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: NextRequest, { params }: Context) {
  const userId = await getRequestUserId(request);
  if (!userId) return notFound();
  const mod = await getReadableModuleExplainer((await params).slug, userId);
  const map = mod && mod.ownerId !== null ? buildModuleMap(mod.sections.places) : null;
  if (!map) return notFound();
  return new Response(mapSvgDocument(map), { headers: SVG_HEADERS });
}

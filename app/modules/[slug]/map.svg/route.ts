import { buildModuleMap, mapSvgDocument } from "@/lib/map";
import { getModuleExplainer } from "@/lib/modules/explainer";
import { listPublicModules } from "@/lib/modules/queries";

// The explainer's map as a file the page shows with <img>: prerendered and revalidated like
// the page itself, so serving it costs no database query and no drawing.
export const revalidate = 300;

export async function generateStaticParams() {
  return (await listPublicModules()).map((m) => ({ slug: m.slug }));
}

type Context = { params: Promise<{ slug: string }> };

const SVG_HEADERS = {
  "Content-Type": "image/svg+xml; charset=utf-8",
  // Opened on its own, the file may only style itself: no scripts, nothing fetched.
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
  "X-Content-Type-Options": "nosniff",
};

export async function GET(_request: Request, { params }: Context) {
  const mod = await getModuleExplainer((await params).slug);
  const map = mod && buildModuleMap(mod.sections.places);
  if (!map) return new Response("No such map.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(mapSvgDocument(map), { headers: SVG_HEADERS });
}

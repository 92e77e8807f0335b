import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { getDocumentForViewer } from "@/lib/data/requests";
import { requestIdSchema } from "@/lib/validations/requests";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** RFC 6266: an ASCII fallback and the UTF-8 name. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A request's document, for its owner or the elite team only. Anyone else, signed out or with an
 * unknown id gets the same 404, so ids cannot be probed.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const parsed = requestIdSchema.safeParse(id);
  if (!parsed.success) return notFound();
  const user = await getCurrentUser();
  if (!user) return notFound();
  const file = await getDocumentForViewer(await getDb(), user, parsed.data);
  if (!file) return notFound();
  return new Response(Buffer.from(file.content), {
    status: 200,
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}

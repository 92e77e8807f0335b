import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { getDocumentForViewer } from "@/lib/data/requests";
import { detectDocumentType } from "@/lib/uploads/documents";
import { requestIdSchema } from "@/lib/validations/requests";

export const dynamic = "force-dynamic";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** RFC 6266: an ASCII fallback and the UTF-8 name. */
function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A request's document, for its owner or the elite team only. Anyone else, signed out or with an
 * unknown id gets the same 404, so ids cannot be probed.
 *
 * A download by default (the runner's links); `?inline=1` shows it in the browser (PDF, JPEG, PNG), for the
 * elite team's evidence. The type sent is the one the content's magic bytes prove, never the stored or claimed one, and the
 * response is sandboxed (no script, no same-origin access) with nosniff: a file that is anything else is
 * only ever sent as an opaque download, so no one can serve HTML or script from our origin through it.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const parsed = requestIdSchema.safeParse(id);
  if (!parsed.success) return notFound();
  const user = await getCurrentUser();
  if (!user) return notFound();
  const file = await getDocumentForViewer(await getDb(), user, parsed.data);
  if (!file) return notFound();
  const proven = detectDocumentType(file.content);
  const inline = proven !== null && request.nextUrl.searchParams.get("inline") === "1";
  return new Response(Buffer.from(file.content), {
    status: 200,
    headers: {
      "Content-Type": proven ?? "application/octet-stream",
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "private, no-store",
    },
  });
}

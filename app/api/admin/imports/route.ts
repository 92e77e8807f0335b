import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { errorResponse, handleResultsUpload } from "@/lib/ingest/upload";

export const dynamic = "force-dynamic";

/**
 * The admin page's upload (XMLHttpRequest, for its progress bar): same body and query as
 * POST /api/v1/results, authenticated by the admin's session instead of a token.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return errorResponse(401, "Your session has ended. Sign in again to continue.");
  if (user.role !== "admin") return errorResponse(403, "Your account is not allowed to import results.");
  // A cookie-authenticated write: only from our own page (a custom header forces a CORS preflight).
  if (request.headers.get("x-finals-upload") !== "1") return errorResponse(403, "Upload from the imports page.");
  return handleResultsUpload(request, getDb, { source: "page", actorUserId: user.id });
}

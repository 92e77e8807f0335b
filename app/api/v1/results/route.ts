import { getDb } from "@/db";
import { verifyApiToken } from "@/lib/data/api-tokens";
import { errorResponse, handleResultsUpload } from "@/lib/ingest/upload";

// Writes to the database on every call; never cached, never built statically.
export const dynamic = "force-dynamic";

/**
 * POST /api/v1/results?event=<name>&level=event|major|finals|index[&year=YYYY...] with
 * `Authorization: Bearer fp_...` and the results file as a text/csv body (README, "Results import").
 */
export async function POST(request: Request): Promise<Response> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  const challenge = { "www-authenticate": 'Bearer realm="finals-portal"' };
  if (!match?.[1]) return errorResponse(401, "Send an API token: Authorization: Bearer <token>.", challenge);
  const db = await getDb();
  const token = await verifyApiToken(db, match[1]);
  if (!token) return errorResponse(401, "This API token is not valid (unknown or revoked).", challenge);
  return handleResultsUpload(request, db, { source: "api", apiTokenId: token.id });
}

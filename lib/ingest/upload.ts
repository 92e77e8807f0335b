import "server-only";
import type { Db } from "@/db/client";
import type { ImportSource, ImportSummary } from "@/lib/data/import-results";
import { env } from "@/lib/env";
import { scheduleNotificationDelivery } from "@/lib/notifications/deliver";
import { importResultsFile } from "./import";
import { importTargetOf, resultsImportParams } from "./params";
import { sizeLimitError, type ImportError, type ImportWarning } from "./problems";

/** The size limit of every door (IMPORT_MAX_MB). */
export function importMaxBytes(): number {
  return Math.round(env.IMPORT_MAX_MB * 1024 * 1024);
}

const ACCEPTED_TYPES = ["text/csv", "text/plain", "application/csv", "application/octet-stream", "application/vnd.ms-excel"];

function errors(status: number, list: ImportError[], headers?: HeadersInit, warnings: ImportWarning[] = []): Response {
  return Response.json({ errors: list, warnings }, { status, headers: { "cache-control": "no-store", ...headers } });
}

/** The JSON answer of a refused request: `{ errors: [{ line, column, message }] }`. */
export function errorResponse(status: number, message: string, headers?: HeadersInit): Response {
  return errors(status, [{ line: null, column: null, message }], headers);
}

/**
 * An uploaded results file, read from the request body (the raw CSV) with the target in the query string
 * (event, level, year, race, date, distance, elevation_gain, category). Shared by the API (token) and the
 * admin page (session): the caller has authenticated the request. Answers 200 with the import summary,
 * or 400 / 413 / 415 / 422 with `{ errors }`.
 */
export async function handleResultsUpload(
  request: Request,
  db: Db | (() => Promise<Db>),
  who: { source: Exclude<ImportSource, "cli">; actorUserId?: string | null; apiTokenId?: number | null },
): Promise<Response> {
  const url = new URL(request.url);
  const params = resultsImportParams(url.searchParams);
  if (!params.success) {
    return errors(
      400,
      params.error.issues.map((i) => ({ line: null, column: String(i.path[0] ?? ""), message: `${String(i.path[0] ?? "query")}: ${i.message}` })),
    );
  }
  const maxBytes = importMaxBytes();
  const length = request.headers.get("content-length");
  const sizeBytes = length !== null && /^\d+$/.test(length) ? Number(length) : undefined;
  // Refused before a byte of the body is read.
  if (sizeBytes !== undefined && sizeBytes > maxBytes) return errors(413, [sizeLimitError(maxBytes)]);
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (type !== "" && !ACCEPTED_TYPES.includes(type)) {
    return errorResponse(415, `Send the results file itself as the body, with Content-Type text/csv (got ${type}).`);
  }
  if (!request.body) return errorResponse(400, "The request has no body: send the results file as text/csv.");

  const { target, race } = importTargetOf(params.data);
  const fileName = url.searchParams.get("filename")?.slice(0, 255) || null;
  const outcome = await importResultsFile(typeof db === "function" ? await db() : db, request.body, {
    ...target,
    source: who.source,
    actorUserId: who.actorUserId ?? null,
    apiTokenId: who.apiTokenId ?? null,
    fileName,
    maxBytes,
    sizeBytes,
    race,
  });
  if (!outcome.ok) return errors(outcome.reason === "too-large" ? 413 : 422, outcome.errors, undefined, outcome.warnings);
  // After the commit: the runners it qualified are emailed in the background (a mail failure loses nothing).
  if (!outcome.summary.dryRun) scheduleNotificationDelivery();
  return Response.json(outcome.summary satisfies ImportSummary, { status: 200, headers: { "cache-control": "no-store" } });
}

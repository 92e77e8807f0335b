/**
 * GET /api/elite/requests: the review queue as JSON for the elite team's client (React Query). The
 * session decides: 401 signed out, 403 for any role but elite or admin; filters are validated like the page's.
 * Messages are in the request's language (cookie, account, Accept-Language); the error codes stay.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { eliteCaller, jsonError, parseQuery, PRIVATE } from "@/lib/api/elite-route";
import { reviewFailureText } from "@/lib/actions/review/review-failure-text";
import { listReviewQueue } from "@/lib/data/review-queue";
import { todayIso } from "@/lib/clock";
import { QUEUE_PARAM_NAMES, reviewQueueFiltersSchema } from "@/lib/validations/review-queue";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const caller = await eliteCaller({ signedOut: "eliteApi.queueSignedOut", forbidden: "eliteApi.queueForbidden" });
  if (!caller.ok) return caller.response;
  const { user, t } = caller;
  const raw: Record<string, string> = {};
  for (const name of QUEUE_PARAM_NAMES) {
    const value = request.nextUrl.searchParams.get(name);
    if (value !== null) raw[name] = value;
  }
  const parsed = parseQuery(reviewQueueFiltersSchema, raw, t, { error: "invalid-filters", message: "eliteApi.invalidFilters", field: "filters" });
  if (!parsed.ok) return parsed.response;

  const result = await listReviewQueue(await getDb(), user, parsed.data, { today: todayIso() });
  if (!result.ok) return jsonError(403, { error: result.error, message: reviewFailureText(result, t) });
  return NextResponse.json(result, { headers: PRIVATE });
}

/**
 * GET /api/elite/requests: the review queue as JSON for the elite team's client (React Query). The
 * session decides: 401 signed out, 403 for any role but elite or admin; filters are validated like the page's.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { listReviewQueue } from "@/lib/data/review-queue";
import { todayIso } from "@/lib/clock";
import { QUEUE_PARAM_NAMES, reviewQueueFiltersSchema } from "@/lib/validations/review-queue";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "signed-out", message: "Sign in to see the review queue." }, { status: 401, headers: PRIVATE });
  if (user.role !== "elite" && user.role !== "admin") {
    return NextResponse.json({ error: "forbidden", message: "Only the elite team can see the review queue." }, { status: 403, headers: PRIVATE });
  }

  const raw: Record<string, string> = {};
  for (const name of QUEUE_PARAM_NAMES) {
    const value = request.nextUrl.searchParams.get(name);
    if (value !== null) raw[name] = value;
  }
  const parsed = reviewQueueFiltersSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "filters"), i.message]));
    return NextResponse.json({ error: "invalid-filters", message: "Some filters are not valid.", errors }, { status: 400, headers: PRIVATE });
  }

  const result = await listReviewQueue(await getDb(), user, parsed.data, { today: todayIso() });
  if (!result.ok) return NextResponse.json({ error: result.error, message: result.message }, { status: 403, headers: PRIVATE });
  return NextResponse.json(result, { headers: PRIVATE });
}

/**
 * GET /api/elite/requests: the review queue as JSON for the elite team's client (React Query). The
 * session decides: 401 signed out, 403 for any role but elite or admin; filters are validated like the page's.
 * Messages are in the request's language (cookie, account, Accept-Language); the error codes stay.
 */
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/session";
import { reviewFailureText } from "@/lib/actions/review/review-failure-text";
import { listReviewQueue } from "@/lib/data/review-queue";
import { translator } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translateIssue } from "@/lib/i18n/validation";
import { todayIso } from "@/lib/clock";
import { QUEUE_PARAM_NAMES, reviewQueueFiltersSchema } from "@/lib/validations/review-queue";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET(request: NextRequest) {
  const [user, locale] = await Promise.all([getCurrentUser(), requestLocale()]);
  const t = translator(locale);
  if (!user) return NextResponse.json({ error: "signed-out", message: t("eliteApi.queueSignedOut") }, { status: 401, headers: PRIVATE });
  if (user.role !== "elite" && user.role !== "admin") {
    return NextResponse.json({ error: "forbidden", message: t("eliteApi.queueForbidden") }, { status: 403, headers: PRIVATE });
  }

  const raw: Record<string, string> = {};
  for (const name of QUEUE_PARAM_NAMES) {
    const value = request.nextUrl.searchParams.get(name);
    if (value !== null) raw[name] = value;
  }
  const parsed = reviewQueueFiltersSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "filters"), translateIssue(i, t)]));
    return NextResponse.json({ error: "invalid-filters", message: t("eliteApi.invalidFilters"), errors }, { status: 400, headers: PRIVATE });
  }

  const result = await listReviewQueue(await getDb(), user, parsed.data, { today: todayIso() });
  if (!result.ok) return NextResponse.json({ error: result.error, message: reviewFailureText(result, t) }, { status: 403, headers: PRIVATE });
  return NextResponse.json(result, { headers: PRIVATE });
}

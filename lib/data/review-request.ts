import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { finalsRegistrations, runners, requests, users } from "@/db/schema";
import type { QueueRowFacts } from "@/lib/domain/review-queue";
import type { FinalsEditionConfig, FinalsRace, IsoDate, Sex } from "@/lib/domain/types";
import type { HistoryEntry } from "@/lib/domain/history";
import { readQuota, type QuotaRow } from "./bib-quotas";
import { getDashboardForViewer, type RunnerDashboard } from "./dashboard";
import { getEditionConfig } from "./editions";
import { getRequestForViewer, type RequestDetail } from "./requests";
import { loadQueueFacts } from "./review-queue-facts";
import { forbidden, isReviewer, notFound, type ReviewFailure, type ReviewViewer } from "./review-access";

export interface ReviewRequestDetail {
  /** The request as its owner sees it (documents, history), with who decided it. */
  request: RequestDetail & { decidedByName: string | null };
  runner: { id: number; name: string; sex: Sex; nationality: string | null; externalId: string | null };
  /** The runner's results, index and status (R13) as their dashboard shows them. */
  dashboard: RunnerDashboard | null;
  /** Metadata only; the content is served by the documents route behind its own check. */
  documents: RequestDetail["documents"];
  history: HistoryEntry[];
  /** Category change: the requested race's bibs for the runner's sex in the request's edition. */
  bibs: QuotaRow | null;
  /** What the request's rule looks at (score vs threshold, eligibility), as the queue shows it. */
  facts: QueueRowFacts;
  /** R15: the runner's registration for the request's edition. */
  registration: { finalsRace: FinalsRace; status: "registered" | "cancelled" } | null;
  /** The edition's thresholds and dates (R8, R10, R16). */
  edition: FinalsEditionConfig;
}

/**
 * Everything the elite team needs to decide one request: the request with its documents and history
 * (the runner side's `getRequestForViewer`), the runner's dashboard, the facts its rule needs and, for a
 * category change, the bibs left. Elite and admin only; an unknown id is "not-found".
 */
export async function getReviewRequest(
  db: Db,
  viewer: ReviewViewer | null,
  requestId: number,
  { today }: { today: IsoDate },
): Promise<{ ok: true; detail: ReviewRequestDetail } | ReviewFailure> {
  if (!isReviewer(viewer)) return forbidden;
  const base = await getRequestForViewer(db, viewer, requestId);
  if (!base) return notFound;
  const [extra] = await db
    .select({
      decidedByName: users.name,
      runnerSex: runners.sex,
      runnerNationality: runners.nationality,
      runnerExternalId: runners.externalId,
    })
    .from(requests)
    .innerJoin(runners, eq(runners.id, requests.runnerId))
    .leftJoin(users, eq(users.id, requests.decidedBy))
    .where(eq(requests.id, base.id))
    .limit(1);
  if (!extra) return notFound;

  const key = base;
  const [dashboard, bibs, factsOf, registrationRows, edition] = await Promise.all([
    getDashboardForViewer(db, viewer, { runnerId: base.runnerId, today }),
    base.type === "category_change" && base.toFinalsRace
      ? readQuota(db, base.editionYear, base.toFinalsRace, extra.runnerSex)
      : Promise.resolve(null),
    loadQueueFacts(db, [key], { today }),
    db
      .select({ finalsRace: finalsRegistrations.finalsRace, status: finalsRegistrations.status })
      .from(finalsRegistrations)
      .where(and(eq(finalsRegistrations.runnerId, base.runnerId), eq(finalsRegistrations.editionYear, base.editionYear)))
      // A completed registration wins over a cancelled one; then the latest.
      .orderBy(sql`${finalsRegistrations.status} = 'registered' desc`, desc(finalsRegistrations.registeredAt))
      .limit(1),
    getEditionConfig(db, base.editionYear),
  ]);
  return {
    ok: true,
    detail: {
      request: { ...base, decidedByName: extra.decidedByName },
      runner: { id: base.runnerId, name: base.runnerName, sex: extra.runnerSex, nationality: extra.runnerNationality, externalId: extra.runnerExternalId },
      dashboard,
      documents: base.documents,
      history: base.history,
      bibs,
      facts: factsOf(key).facts,
      registration: registrationRows[0] ?? null,
      edition,
    },
  };
}

import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { runners, requests, users } from "@/db/schema";
import type { RequestStatus, RequestType } from "@/lib/domain/requests";
import type { FinalsRace, IsoDate, Sex } from "@/lib/domain/types";
import type { AuditHistoryItem } from "./audit";
import { readQuota, type QuotaRow } from "./bib-quotas";
import { getDashboardForViewer, type RunnerDashboard } from "./dashboard";
import { getRequestForViewer } from "./requests";
import { forbidden, isReviewer, notFound, type ReviewFailure, type ReviewViewer } from "./review-access";

export interface ReviewDocument {
  id: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

export interface ReviewRequestDetail {
  request: {
    id: number;
    type: RequestType;
    status: RequestStatus;
    editionYear: number;
    fromFinalsRace: FinalsRace | null;
    toFinalsRace: FinalsRace | null;
    reason: string;
    submittedAt: Date;
    decidedAt: Date | null;
    decidedByName: string | null;
    decisionReason: string | null;
  };
  runner: { id: number; name: string; sex: Sex; nationality: string | null; externalId: string | null };
  /** The runner's results, index and status (R13) as their dashboard shows them. */
  dashboard: RunnerDashboard | null;
  /** Metadata only; the content is served by the documents download route behind its own check. */
  documents: ReviewDocument[];
  history: AuditHistoryItem[];
  /** Category change: the requested race's bibs for the runner's sex in the request's edition. */
  bibs: QuotaRow | null;
}

/**
 * Everything the elite team needs to decide one request: the request with its documents and history
 * (the runner side's `getRequestForViewer`), the runner's dashboard and, for a category change, the bibs
 * left. Elite and admin only; an unknown id is "not-found".
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

  const [dashboard, bibs] = await Promise.all([
    getDashboardForViewer(db, viewer, { runnerId: base.runnerId, today }),
    base.type === "category_change" && base.toFinalsRace
      ? readQuota(db, base.editionYear, base.toFinalsRace, extra.runnerSex)
      : Promise.resolve(null),
  ]);
  return {
    ok: true,
    detail: {
      request: {
        id: base.id,
        type: base.type,
        status: base.status,
        editionYear: base.editionYear,
        fromFinalsRace: base.fromFinalsRace,
        toFinalsRace: base.toFinalsRace,
        reason: base.reason,
        submittedAt: base.submittedAt,
        decidedAt: base.decidedAt,
        decidedByName: extra.decidedByName,
        decisionReason: base.decisionReason,
      },
      runner: { id: base.runnerId, name: base.runnerName, sex: extra.runnerSex, nationality: extra.runnerNationality, externalId: extra.runnerExternalId },
      dashboard,
      documents: base.documents,
      history: base.history,
      bibs,
    },
  };
}

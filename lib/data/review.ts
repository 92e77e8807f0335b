import "server-only";
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { finalsEditions, finalsQuotas, requestDocuments, requests, runners, users } from "@/db/schema";
import { recordAudit, type AuditHistoryItem } from "./audit";
import { getDashboardForViewer, type RunnerDashboard } from "./dashboard";
import { getRequestForViewer, REQUEST_ENTITY, requestSummaryColumns } from "./requests";
import { canTransition, OPEN_REQUEST_STATUSES, type RequestStatus, type RequestType } from "@/lib/domain/requests";
import type { FinalsRace, IsoDate, Sex } from "@/lib/domain/types";
import { QUEUE_MAX_PAGE_SIZE, type ReviewQueueFilters } from "@/lib/validations/review-queue";

/** Who is reviewing: the signed-in account (its id goes into the audit trail). */
export interface ReviewViewer {
  id: string;
  role: "runner" | "elite" | "admin";
  runnerId: number | null;
}

export type ReviewErrorCode = "forbidden" | "not-found" | "not-open" | "no-bib-left" | "reason-required" | "below-used";
/** A refusal with a message written for the reviewer; nothing was changed. */
export interface ReviewFailure {
  ok: false;
  error: ReviewErrorCode;
  message: string;
}

/** The R14-R17 requests the elite team decides; "admin" does not imply "elite", so both are listed. */
const REVIEWER_ROLES: readonly ReviewViewer["role"][] = ["elite", "admin"];
export const QUOTA_ENTITY = "finals_quota";

const SEX_WORD: Record<Sex, string> = { F: "women", M: "men" };
const STATUS_WORD: Record<RequestStatus, string> = {
  submitted: "submitted",
  in_review: "in review",
  approved: "approved",
  rejected: "rejected",
  withdrawn: "withdrawn",
};

const forbidden: ReviewFailure = { ok: false, error: "forbidden", message: "Only the elite team can review requests." };
const notFound: ReviewFailure = { ok: false, error: "not-found", message: "This request does not exist." };

function isReviewer(viewer: ReviewViewer | null | undefined): viewer is ReviewViewer {
  return !!viewer && REVIEWER_ROLES.includes(viewer.role);
}

// ---------------------------------------------------------------------------------------------------
// The queue

/** One row of the review queue; plain JSON (dates as ISO strings) so the API and the server prefetch agree. */
export interface ReviewQueueRow {
  id: number;
  type: RequestType;
  status: RequestStatus;
  editionYear: number;
  fromFinalsRace: FinalsRace | null;
  toFinalsRace: FinalsRace | null;
  runner: { id: number; name: string; sex: Sex; nationality: string | null; externalId: string | null };
  submittedAt: string;
  documentsCount: number;
}

export interface ReviewQueuePage {
  ok: true;
  rows: ReviewQueueRow[];
  total: number;
  page: number;
  pageSize: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `%`, `_` and `\` typed by the reviewer are matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function queueConditions(filters: ReviewQueueFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.type) where.push(eq(requests.type, filters.type));
  if (filters.status === "open") where.push(inArray(requests.status, OPEN_REQUEST_STATUSES));
  else if (filters.status !== "all") where.push(eq(requests.status, filters.status));
  if (filters.edition !== undefined) where.push(eq(requests.editionYear, filters.edition));
  if (filters.race) {
    const race = or(eq(requests.fromFinalsRace, filters.race), eq(requests.toFinalsRace, filters.race));
    if (race) where.push(race);
  }
  if (filters.sex) where.push(eq(runners.sex, filters.sex));
  // Dates are calendar days in UTC, both ends included.
  if (filters.from) where.push(gte(requests.submittedAt, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to) where.push(lt(requests.submittedAt, new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS)));
  if (filters.q) {
    const pattern = likePattern(filters.q);
    // Names match without regard to case or accents (migration 0003); runner ids as typed.
    const search = or(sql`unaccent(${runners.name}) ilike unaccent(${pattern})`, ilike(runners.externalId, pattern));
    if (search) where.push(search);
  }
  return where;
}

/**
 * R17: the elite team's queue, filtered and paged. Open requests come first, oldest submitted first
 * (first come, first decided); decided ones follow, newest first. Elite and admin only.
 */
export async function listReviewQueue(db: Db, viewer: ReviewViewer | null, filters: ReviewQueueFilters): Promise<ReviewQueuePage | ReviewFailure> {
  if (!isReviewer(viewer)) return forbidden;
  const pageSize = Math.min(Math.max(1, Math.trunc(filters.pageSize)), QUEUE_MAX_PAGE_SIZE);
  const page = Math.max(1, Math.trunc(filters.page));
  const where = and(...queueConditions(filters));
  const isOpen = inArray(requests.status, OPEN_REQUEST_STATUSES);

  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        ...requestSummaryColumns,
        runnerId: runners.id,
        runnerName: runners.name,
        runnerSex: runners.sex,
        runnerNationality: runners.nationality,
        runnerExternalId: runners.externalId,
      })
      .from(requests)
      .innerJoin(runners, eq(runners.id, requests.runnerId))
      .where(where)
      .orderBy(
        sql`case when ${isOpen} then 0 else 1 end`,
        sql`case when ${isOpen} then ${requests.submittedAt} end asc`,
        desc(requests.submittedAt),
        asc(requests.id),
      )
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(requests).innerJoin(runners, eq(runners.id, requests.runnerId)).where(where),
  ]);

  // Counted for the page's rows only, after the limit (a subquery in the select ran once per matching row).
  const ids = rows.map((r) => r.id);
  const counts = ids.length
    ? await db
        .select({ requestId: requestDocuments.requestId, n: count() })
        .from(requestDocuments)
        .where(inArray(requestDocuments.requestId, ids))
        .groupBy(requestDocuments.requestId)
    : [];
  const documentsCount = new Map(counts.map((c) => [c.requestId, Number(c.n)]));

  return {
    ok: true,
    page,
    pageSize,
    total: Number(totalRow?.total ?? 0),
    rows: rows.map((r) => ({
      id: r.id,
      type: r.type,
      status: r.status,
      editionYear: r.editionYear,
      fromFinalsRace: r.fromFinalsRace,
      toFinalsRace: r.toFinalsRace,
      runner: { id: r.runnerId, name: r.runnerName, sex: r.runnerSex, nationality: r.runnerNationality, externalId: r.runnerExternalId },
      submittedAt: r.submittedAt.toISOString(),
      documentsCount: documentsCount.get(r.id) ?? 0,
    })),
  };
}

/** The configured Finals editions, newest first (the queue's edition filter). */
export async function listEditionYears(db: Db): Promise<number[]> {
  const rows = await db.select({ year: finalsEditions.year }).from(finalsEditions).orderBy(desc(finalsEditions.year));
  return rows.map((r) => r.year);
}

// ---------------------------------------------------------------------------------------------------
// Quotas (R14)

export interface QuotaRow {
  editionYear: number;
  finalsRace: FinalsRace;
  sex: Sex;
  bibs: number;
  bibsUsed: number;
  remaining: number;
}

const quotaColumns = {
  editionYear: finalsQuotas.editionYear,
  finalsRace: finalsQuotas.finalsRace,
  sex: finalsQuotas.sex,
  bibs: finalsQuotas.bibs,
  bibsUsed: finalsQuotas.bibsUsed,
};

function withRemaining(row: Omit<QuotaRow, "remaining">): QuotaRow {
  return { ...row, remaining: Math.max(0, row.bibs - row.bibsUsed) };
}

function quotaKey(editionYear: number, finalsRace: FinalsRace, sex: Sex) {
  return and(eq(finalsQuotas.editionYear, editionYear), eq(finalsQuotas.finalsRace, finalsRace), eq(finalsQuotas.sex, sex));
}

async function readQuota(db: Db | Tx, editionYear: number, finalsRace: FinalsRace, sex: Sex): Promise<QuotaRow | null> {
  const [row] = await db.select(quotaColumns).from(finalsQuotas).where(quotaKey(editionYear, finalsRace, sex)).limit(1);
  return row ? withRemaining(row) : null;
}

/** R14: category-change bibs of an edition per Finals race and sex, with used and remaining. Elite and admin. */
export async function listQuotas(db: Db, viewer: ReviewViewer | null, editionYear: number): Promise<{ ok: true; quotas: QuotaRow[] } | ReviewFailure> {
  if (!isReviewer(viewer)) return forbidden;
  const rows = await db
    .select(quotaColumns)
    .from(finalsQuotas)
    .where(eq(finalsQuotas.editionYear, editionYear))
    .orderBy(asc(finalsQuotas.finalsRace), asc(finalsQuotas.sex));
  return { ok: true, quotas: rows.map(withRemaining) };
}

export interface UpdateQuotaInput {
  editionYear: number;
  finalsRace: FinalsRace;
  sex: Sex;
  bibs: number;
}

/**
 * R14: an admin sets the number of bibs of a race and sex. Never below the bibs already used (the
 * update's condition decides, so a concurrent approval cannot slip under it); audited.
 */
export async function updateQuota(db: Db, viewer: ReviewViewer | null, input: UpdateQuotaInput): Promise<{ ok: true; quota: QuotaRow } | ReviewFailure> {
  if (!viewer || viewer.role !== "admin") return { ok: false, error: "forbidden", message: "Only administrators can change the bib quotas." };
  const { editionYear, finalsRace, sex, bibs } = input;
  if (!Number.isInteger(bibs) || bibs < 0) {
    return { ok: false, error: "below-used", message: "The quota must be a whole number of bibs, 0 or more." };
  }
  return db.transaction(async (tx) => {
    const before = await readQuota(tx, editionYear, finalsRace, sex);
    if (!before) return { ok: false, error: "not-found", message: `There is no ${finalsRace} quota for ${SEX_WORD[sex]} in ${editionYear}.` } as const;
    const [updated] = await tx
      .update(finalsQuotas)
      .set({ bibs })
      .where(and(quotaKey(editionYear, finalsRace, sex), sql`${finalsQuotas.bibsUsed} <= ${bibs}`))
      .returning(quotaColumns);
    if (!updated) {
      const now = (await readQuota(tx, editionYear, finalsRace, sex)) ?? before;
      return {
        ok: false,
        error: "below-used",
        message: `${finalsRace} for ${SEX_WORD[sex]} already uses ${now.bibsUsed} bib${now.bibsUsed === 1 ? "" : "s"}; the quota cannot be lower than that.`,
      } as const;
    }
    await recordAudit(tx, {
      actorUserId: viewer.id,
      entityType: QUOTA_ENTITY,
      entityId: `${editionYear}-${finalsRace}-${sex}`,
      action: "quota_updated",
      details: { editionYear, finalsRace, sex, from: before.bibs, to: bibs, bibsUsed: updated.bibsUsed },
    });
    return { ok: true, quota: withRemaining(updated) } as const;
  });
}

// ---------------------------------------------------------------------------------------------------
// One request

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

// ---------------------------------------------------------------------------------------------------
// Review and decision (R17)

function notOpenMessage(status: RequestStatus): string {
  if (status === "withdrawn") return "The runner withdrew this request; it can no longer be decided.";
  if (status === "approved" || status === "rejected") return `This request was already ${STATUS_WORD[status]}; a decision is final.`;
  return `This request is ${STATUS_WORD[status]} and cannot be changed now.`;
}

async function currentStatus(db: Db | Tx, requestId: number): Promise<RequestStatus | null> {
  const [row] = await db.select({ status: requests.status }).from(requests).where(eq(requests.id, requestId)).limit(1);
  return row?.status ?? null;
}

/** R17: a reviewer takes a submitted request (submitted -> in review); audited. */
export async function startReview(db: Db, viewer: ReviewViewer | null, requestId: number): Promise<{ ok: true } | ReviewFailure> {
  if (!isReviewer(viewer)) return forbidden;
  if (!Number.isSafeInteger(requestId) || requestId <= 0) return notFound;
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(requests)
      .set({ status: "in_review" })
      .where(and(eq(requests.id, requestId), eq(requests.status, "submitted")))
      .returning({ id: requests.id });
    if (!updated) {
      const status = await currentStatus(tx, requestId);
      return status === null ? notFound : ({ ok: false, error: "not-open", message: notOpenMessage(status) } as const);
    }
    await recordAudit(tx, { actorUserId: viewer.id, entityType: REQUEST_ENTITY, entityId: requestId, action: "review_started" });
    return { ok: true } as const;
  });
}

export interface DecideRequestInput {
  requestId: number;
  decision: "approve" | "reject";
  /** Shown to the runner; required. */
  reason: string;
}

export type DecideRequestResult =
  | { ok: true; status: "approved" | "rejected"; bib: QuotaRow | null }
  | ReviewFailure;

/** Thrown inside the transaction to roll it back with a typed answer. */
class Refusal extends Error {
  constructor(readonly failure: ReviewFailure) {
    super(failure.message);
  }
}

function isCheckViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 3; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === "23514") return true;
  }
  return false;
}

/**
 * R14 / R17: approve or reject an open request, with the reason the runner will read.
 *
 * One transaction: the request moves only `where status in ('submitted', 'in_review')` (two reviewers
 * cannot both decide it), and approving a category change takes one bib with
 * `bibs_used = bibs_used + 1 ... where bibs_used < bibs` (never over the quota, even under concurrent
 * approvals; the CHECK constraint is the last guard). No bib left: nothing changes. Approving a
 * deferral or an extension only approves: the dashboard derives the status from approved requests.
 */
export async function decideRequest(db: Db, viewer: ReviewViewer | null, input: DecideRequestInput): Promise<DecideRequestResult> {
  if (!isReviewer(viewer)) return forbidden;
  const reason = input.reason.trim();
  if (reason === "") return { ok: false, error: "reason-required", message: "Give the reason for the decision; the runner will see it." };
  if (!Number.isSafeInteger(input.requestId) || input.requestId <= 0) return notFound;
  const target: RequestStatus = input.decision === "approve" ? "approved" : "rejected";

  try {
    return await db.transaction(async (tx) => {
      const [request] = await tx
        .select({
          id: requests.id,
          status: requests.status,
          type: requests.type,
          editionYear: requests.editionYear,
          toFinalsRace: requests.toFinalsRace,
          sex: runners.sex,
        })
        .from(requests)
        .innerJoin(runners, eq(runners.id, requests.runnerId))
        .where(eq(requests.id, input.requestId))
        .limit(1);
      if (!request) throw new Refusal(notFound);
      // R17: a submitted request is taken into review and decided in one step.
      const from = request.status === "submitted" && canTransition("submitted", "in_review") ? "in_review" : request.status;
      if (!canTransition(from, target)) throw new Refusal({ ok: false, error: "not-open", message: notOpenMessage(request.status) });

      const [decided] = await tx
        .update(requests)
        .set({ status: target, decidedAt: new Date(), decidedBy: viewer.id, decisionReason: reason })
        .where(and(eq(requests.id, request.id), inArray(requests.status, OPEN_REQUEST_STATUSES)))
        .returning({ id: requests.id });
      if (!decided) {
        // Another reviewer (or the runner) got there first; the row lock made us wait, so this read is fresh.
        const status = (await currentStatus(tx, request.id)) ?? request.status;
        throw new Refusal({ ok: false, error: "not-open", message: notOpenMessage(status) });
      }

      let bib: QuotaRow | null = null;
      if (target === "approved" && request.type === "category_change") {
        const race = request.toFinalsRace;
        if (!race) throw new Refusal({ ok: false, error: "no-bib-left", message: "This change of category names no Finals race." });
        const [taken] = await tx
          .update(finalsQuotas)
          .set({ bibsUsed: sql`${finalsQuotas.bibsUsed} + 1` })
          .where(and(quotaKey(request.editionYear, race, request.sex), lt(finalsQuotas.bibsUsed, finalsQuotas.bibs)))
          .returning(quotaColumns);
        if (!taken) {
          const quota = await readQuota(tx, request.editionYear, race, request.sex);
          throw new Refusal({
            ok: false,
            error: "no-bib-left",
            message: quota
              ? `No bib left in ${race} for ${SEX_WORD[request.sex]} (quota ${quota.bibs})`
              : `No bib quota is set for ${race} ${SEX_WORD[request.sex]} in ${request.editionYear}`,
          });
        }
        bib = withRemaining(taken);
      }

      await recordAudit(tx, {
        actorUserId: viewer.id,
        entityType: REQUEST_ENTITY,
        entityId: request.id,
        action: target,
        reason,
        details: {
          from: request.status,
          to: target,
          ...(bib ? { quota: { editionYear: bib.editionYear, finalsRace: bib.finalsRace, sex: bib.sex, bibsUsed: bib.bibsUsed, bibs: bib.bibs } } : {}),
        },
      });
      return { ok: true, status: target, bib } as const;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    if (isCheckViolation(error)) return { ok: false, error: "no-bib-left", message: "No bib left in the requested race (the quota is full)." };
    throw error;
  }
}

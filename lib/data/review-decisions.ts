import "server-only";
import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { finalsQuotas, requests, runners } from "@/db/schema";
import { canTransition, OPEN_REQUEST_STATUSES, type RequestStatus } from "@/lib/domain/requests";
import { recordAudit } from "./audit";
import { queueRequestUpdateNotification } from "./notifications";
import { quotaColumns, quotaKey, readQuota, withRemaining, type QuotaRow } from "./bib-quotas";
import { REQUEST_ENTITY } from "./requests";
import { forbidden, isReviewer, notFound, notOpen, type ReviewFailure, type ReviewViewer } from "./review-access";

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
      return status === null ? notFound : notOpen(status);
    }
    await recordAudit(tx, { actorUserId: viewer.id, entityType: REQUEST_ENTITY, entityId: requestId, action: "review_started" });
    return { ok: true } as const;
  });
}

/** What a bulk start did: the requests taken into review, and those left as they were (not submitted, or unknown). */
export interface StartReviewsResult {
  ok: true;
  started: number[];
  skipped: number[];
}

/**
 * R17: a reviewer takes several submitted requests into review at once. One transaction; each request moves
 * only from submitted (so one already taken or decided is skipped, not overwritten) and gets its own audit entry.
 */
export async function startReviews(db: Db, viewer: ReviewViewer | null, requestIds: readonly number[]): Promise<StartReviewsResult | ReviewFailure> {
  if (!isReviewer(viewer)) return forbidden;
  const ids = [...new Set(requestIds)].filter((id) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647);
  if (ids.length === 0) return { ok: true, started: [], skipped: [] };
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(requests)
      .set({ status: "in_review" })
      .where(and(inArray(requests.id, ids), eq(requests.status, "submitted")))
      .returning({ id: requests.id });
    const started = updated.map((r) => r.id).sort((a, b) => a - b);
    for (const id of started) {
      await recordAudit(tx, { actorUserId: viewer.id, entityType: REQUEST_ENTITY, entityId: id, action: "review_started", details: { bulk: true } });
    }
    const taken = new Set(started);
    return { ok: true as const, started, skipped: ids.filter((id) => !taken.has(id)) };
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
    super(failure.error);
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
  if (reason === "") return { ok: false, error: "reason-required" };
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
          runnerId: requests.runnerId,
          sex: runners.sex,
        })
        .from(requests)
        .innerJoin(runners, eq(runners.id, requests.runnerId))
        .where(eq(requests.id, input.requestId))
        .limit(1);
      if (!request) throw new Refusal(notFound);
      // R17: a submitted request is taken into review and decided in one step.
      const from = request.status === "submitted" && canTransition("submitted", "in_review") ? "in_review" : request.status;
      if (!canTransition(from, target)) throw new Refusal(notOpen(request.status));

      const [decided] = await tx
        .update(requests)
        .set({ status: target, decidedAt: new Date(), decidedBy: viewer.id, decisionReason: reason })
        .where(and(eq(requests.id, request.id), inArray(requests.status, OPEN_REQUEST_STATUSES)))
        .returning({ id: requests.id });
      if (!decided) {
        // Another reviewer (or the runner) got there first; the row lock made us wait, so this read is fresh.
        const status = (await currentStatus(tx, request.id)) ?? request.status;
        throw new Refusal(notOpen(status));
      }

      let bib: QuotaRow | null = null;
      if (target === "approved" && request.type === "category_change") {
        const race = request.toFinalsRace;
        const facts = { editionYear: request.editionYear, finalsRace: race, sex: request.sex };
        if (!race) throw new Refusal({ ok: false, error: "no-bib-left", quota: { ...facts, bibs: null } });
        const [taken] = await tx
          .update(finalsQuotas)
          .set({ bibsUsed: sql`${finalsQuotas.bibsUsed} + 1` })
          .where(and(quotaKey(request.editionYear, race, request.sex), lt(finalsQuotas.bibsUsed, finalsQuotas.bibs)))
          .returning(quotaColumns);
        if (!taken) {
          const quota = await readQuota(tx, request.editionYear, race, request.sex);
          throw new Refusal({ ok: false, error: "no-bib-left", quota: { ...facts, bibs: quota?.bibs ?? null } });
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
      // The runner is told of the decision (in the list, and by email after the commit).
      await queueRequestUpdateNotification(tx, { requestId: request.id, runnerId: request.runnerId, kind: "request_decided", status: target });
      return { ok: true, status: target, bib } as const;
    });
  } catch (error) {
    if (error instanceof Refusal) return error.failure;
    if (isCheckViolation(error)) return { ok: false, error: "no-bib-left", quota: null };
    throw error;
  }
}

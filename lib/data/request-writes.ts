import "server-only";
import { queueRequestSubmittedNotifications } from "./notifications";
import { refreshRunnerIndexes } from "./runner-indexes";
import { and, count, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { requestDocuments, requests, runners } from "@/db/schema";
import { recordAudit } from "./audit";
import { loadRequestFacts, REQUEST_ENTITY } from "./requests";
import { checkDocuments, type UploadedFile } from "@/lib/uploads/documents";
import { judgeRequest, type AskedRequest } from "@/lib/domain/request-options";
import { canTransition, isOpenRequestStatus, type RequestProblem, type RequestStatus, type RequestType } from "@/lib/domain/requests";
import type { IsoDate } from "@/lib/domain/types";

/** The signed-in runner acting on their own requests. */
export interface RequestActor {
  userId: string;
  runnerId: number;
}

/** Every refusal, as codes and facts (the forms word them): nothing was changed. */
export type RequestFailure = { ok: false } & RequestProblem;
export type CreateRequestResult = { ok: true; requestId: number } | RequestFailure;
export type RequestChangeResult = { ok: true } | RequestFailure;

/** R15, R16: a medical certificate (or other documentation) is required; R14 and R18 take documents optionally. */
export const DOCUMENTS_REQUIRED: Record<RequestType, boolean> = {
  category_change: false,
  priority_deferral: true,
  extension: true,
  top_elite: false,
};

const NOT_FOUND = { ok: false, error: "request-not-found" } as const;

/**
 * Files a request of the signed-in runner: check the documents, lock the runner (one filing at a time, so
 * "one open request per type" holds), judge the request by the rules on facts read in the transaction
 * (whatever the form sent), then write the request, its documents and the audit entry. Refusals return
 * before any write.
 */
export async function fileRequest(
  db: Db,
  actor: RequestActor,
  input: { asked: AskedRequest; reason: string; documents: readonly UploadedFile[]; today: IsoDate },
): Promise<CreateRequestResult> {
  const checked = checkDocuments(input.documents, 0);
  if (!checked.ok) return { ok: false, error: "documents-invalid", problem: checked.problem };

  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ id: runners.id }).from(runners).where(eq(runners.id, actor.runnerId)).for("update");
    if (!locked) return { ok: false as const, error: "runner-not-found" as const };
    const facts = await loadRequestFacts(tx, actor.runnerId, input.today);
    if (!facts) return { ok: false as const, error: "runner-not-found" as const };
    const judged = judgeRequest(facts, input.asked, input.today);
    if (!judged.ok) return { ok: false as const, error: "refused" as const, refusal: judged.refusal };
    // Judged first: a runner who may not ask is told so, not asked for a certificate.
    if (DOCUMENTS_REQUIRED[input.asked.type] && checked.documents.length === 0) {
      return { ok: false as const, error: "documents-required" as const };
    }
    const { request } = judged;
    const editionYear = facts.dashboard.edition.year;
    const [row] = await tx
      .insert(requests)
      .values({ runnerId: actor.runnerId, editionYear, status: "submitted", reason: input.reason, ...request })
      .returning({ id: requests.id });
    if (!row) throw new Error("insert into requests returned no row");
    if (checked.documents.length > 0) {
      await tx.insert(requestDocuments).values(checked.documents.map((d) => ({ requestId: row.id, uploadedBy: actor.userId, ...d })));
    }
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: REQUEST_ENTITY,
      entityId: row.id,
      action: "submitted",
      reason: input.reason,
      details: { ...request, editionYear, documents: checked.documents.map((d) => d.fileName) },
    });
    // R6: the runner's index, which the review queue sorts by.
    await refreshRunnerIndexes(tx, [actor.runnerId], input.today);
    // R17: the elite team is told a request waits for them (emailed after the commit by the caller).
    await queueRequestSubmittedNotifications(tx, { requestId: row.id, type: request.type, runnerName: facts.dashboard.runner.name });
    return { ok: true as const, requestId: row.id };
  });
}

type LockedRequest = { id: number; status: RequestStatus; type: RequestType };

/** Locks the owner's request; another runner's id answers exactly like an id that does not exist. */
async function lockOwnRequest(tx: Tx, actor: RequestActor, requestId: number): Promise<LockedRequest | null> {
  const [row] = await tx
    .select({ id: requests.id, status: requests.status, type: requests.type })
    .from(requests)
    .where(and(eq(requests.id, requestId), eq(requests.runnerId, actor.runnerId)))
    .for("update");
  return row ?? null;
}

/** R17: adds the owner's comment to an open request (an audit entry "commented", the text in its reason). */
export async function addRequestComment(
  db: Db,
  actor: RequestActor,
  { requestId, comment }: { requestId: number; comment: string },
): Promise<RequestChangeResult> {
  return db.transaction(async (tx) => {
    const request = await lockOwnRequest(tx, actor, requestId);
    if (!request) return NOT_FOUND;
    if (!isOpenRequestStatus(request.status)) return { ok: false as const, error: "request-closed" as const, status: request.status };
    await recordAudit(tx, { actorUserId: actor.userId, entityType: REQUEST_ENTITY, entityId: request.id, action: "commented", reason: comment });
    return { ok: true as const };
  });
}

/** Adds documents to the owner's open request, 5 at most in all. */
export async function addRequestDocuments(
  db: Db,
  actor: RequestActor,
  { requestId, documents }: { requestId: number; documents: readonly UploadedFile[] },
): Promise<RequestChangeResult> {
  if (documents.length === 0) return { ok: false, error: "documents-required" };
  return db.transaction(async (tx) => {
    // The lock makes the count below hold until commit: two uploads at once cannot pass 5 together.
    const request = await lockOwnRequest(tx, actor, requestId);
    if (!request) return NOT_FOUND;
    if (!isOpenRequestStatus(request.status)) return { ok: false as const, error: "request-closed" as const, status: request.status };
    const [attached] = await tx.select({ n: count() }).from(requestDocuments).where(eq(requestDocuments.requestId, request.id));
    const checked = checkDocuments(documents, attached?.n ?? 0);
    if (!checked.ok) return { ok: false as const, error: "documents-invalid" as const, problem: checked.problem };
    await tx.insert(requestDocuments).values(checked.documents.map((d) => ({ requestId: request.id, uploadedBy: actor.userId, ...d })));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: REQUEST_ENTITY,
      entityId: request.id,
      action: "document_added",
      details: { documents: checked.documents.map((d) => d.fileName) },
    });
    return { ok: true as const };
  });
}

/** R17: the owner withdraws a request until a decision. */
export async function withdrawRequest(
  db: Db,
  actor: RequestActor,
  { requestId, reason }: { requestId: number; reason?: string | null },
): Promise<RequestChangeResult> {
  return db.transaction(async (tx) => {
    const request = await lockOwnRequest(tx, actor, requestId);
    if (!request) return NOT_FOUND;
    if (!canTransition(request.status, "withdrawn")) return { ok: false as const, error: "request-closed" as const, status: request.status };
    await tx
      .update(requests)
      .set({ status: "withdrawn" })
      .where(and(eq(requests.id, request.id), eq(requests.status, request.status)));
    await recordAudit(tx, {
      actorUserId: actor.userId,
      entityType: REQUEST_ENTITY,
      entityId: request.id,
      action: "withdrawn",
      reason: reason?.trim() ? reason.trim() : null,
      details: { from: request.status, to: "withdrawn" },
    });
    return { ok: true as const };
  });
}

import "server-only";
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { finalsRegistrations, requestDocuments, requests, runners } from "@/db/schema";
import { listAudit, recordAudit, type AuditHistoryItem } from "./audit";
import { getRunnerDashboard, type RunnerDashboard, type Viewer } from "./dashboard";
import { checkDocuments, type UploadedFile } from "@/lib/uploads/documents";
import { categoryOfFinalsRace, finalsRaceForCategory, isFinalsCategory } from "@/lib/domain/km-effort";
import {
  type RequestType,
  isOpenRequestStatus,
  OPEN_REQUEST_STATUSES,
  canTransition,
  categoryChangeEligibility,
  categoryChangeTargets,
  extensionEligibility,
  priorityDeferralEligibility,
  type CategoryScore,
  type Eligibility,
  type RequestStatus,
} from "@/lib/domain/requests";
import type { FinalsRace, IsoDate, RaceCategory } from "@/lib/domain/types";
import { FINALS_RACES } from "@/lib/domain/types";

/** The audit trail's entity type for requests (shared with the elite team's review). */
export const REQUEST_ENTITY = "request";

export type { RequestType };

/** The signed-in runner acting on their own requests. */
export interface RequestActor {
  userId: string;
  runnerId: number;
}

export type RequestError =
  | "runner-not-found"
  | "not-eligible"
  | "already-open"
  | "documents-required"
  | "documents-invalid"
  | "request-not-found"
  | "request-closed";

/** Every refusal: a typed error and a message written for the runner. Nothing was changed. */
export type RequestFailure = { ok: false; error: RequestError; message: string };
export type CreateRequestResult = { ok: true; requestId: number } | RequestFailure;
export type RequestChangeResult = { ok: true } | RequestFailure;

const TYPE_LABEL: Record<RequestType, string> = {
  category_change: "change of category",
  priority_deferral: "priority deferral",
  extension: "qualification extension",
};

const NOT_FOUND: RequestFailure = { ok: false, error: "request-not-found", message: "We could not find this request." };
const RUNNER_NOT_FOUND: RequestFailure = {
  ok: false,
  error: "runner-not-found",
  message: "Your account is not linked to a runner profile. Link it first.",
};

function refuse(error: RequestError, message: string): RequestFailure {
  return { ok: false, error, message };
}

// ---------------------------------------------------------------------------------------------------
// Options: what the runner may ask for the next edition

/** One target of a change of category, with the reason when it cannot be asked. */
export interface CategoryChangeTarget {
  target: FinalsRace;
  eligibility: Eligibility;
}

/** A Finals race the runner is qualified for, and the races they might move to from it. */
export interface CategoryChangeOption {
  from: FinalsRace;
  targets: CategoryChangeTarget[];
}

export interface RequestOptions {
  editionYear: number;
  categoryChange: {
    /** Can a request be filed now (eligible for at least one move and none open)? */
    eligibility: Eligibility;
    options: CategoryChangeOption[];
    openRequestId: number | null;
  };
  priorityDeferral: {
    eligibility: Eligibility;
    registration: { finalsRace: FinalsRace; status: "registered" | "cancelled" } | null;
    openRequestId: number | null;
  };
  extension: {
    eligibility: Eligibility;
    /** The Finals races of the categories whose extension threshold the runner reached. */
    finalsRaces: FinalsRace[];
    deadline: IsoDate;
    windowEnd: IsoDate;
    openRequestId: number | null;
  };
}

/** Everything eligibility needs about one runner, read in the caller's transaction when there is one. */
interface RunnerFacts {
  dashboard: RunnerDashboard;
  registration: { finalsRace: FinalsRace; status: "registered" | "cancelled" } | null;
  open: Partial<Record<RequestType, number>>;
}

async function loadFacts(db: Db | Tx, runnerId: number, today: IsoDate): Promise<RunnerFacts | null> {
  // A transaction handle is a database for reads; getRunnerDashboard only reads.
  const dashboard = await getRunnerDashboard(db as Db, { runnerId, today });
  if (!dashboard) return null;
  const editionYear = dashboard.edition.year;
  const [registrationRows, openRows] = await Promise.all([
    db
      .select({ finalsRace: finalsRegistrations.finalsRace, status: finalsRegistrations.status })
      .from(finalsRegistrations)
      .where(and(eq(finalsRegistrations.runnerId, runnerId), eq(finalsRegistrations.editionYear, editionYear)))
      // A completed registration wins over a cancelled one; then the latest.
      .orderBy(sql`${finalsRegistrations.status} = 'registered' desc`, desc(finalsRegistrations.registeredAt))
      .limit(1),
    db
      .select({ id: requests.id, type: requests.type })
      .from(requests)
      .where(and(eq(requests.runnerId, runnerId), eq(requests.editionYear, editionYear), inArray(requests.status, OPEN_REQUEST_STATUSES))),
  ]);
  const open: Partial<Record<RequestType, number>> = {};
  for (const row of openRows) open[row.type] ??= row.id;
  return { dashboard, registration: registrationRows[0] ?? null, open };
}

/** The category of the results behind a qualification: 20K only when every one of them is a 20K. */
function sourceCategoryOf(dashboard: RunnerDashboard, finalsRace: FinalsRace): RaceCategory {
  const resultIds = new Set(
    dashboard.status[finalsRace].reasons.flatMap((r) => ("resultId" in r ? [Number(r.resultId)] : [])),
  );
  const categories = dashboard.results.filter((r) => resultIds.has(r.resultId)).map((r) => r.category);
  if (categories.length > 0 && categories.every((c) => c === "20K")) return "20K";
  return categoryOfFinalsRace(finalsRace);
}

function categoryChangeOptions(dashboard: RunnerDashboard): CategoryChangeOption[] {
  return FINALS_RACES.filter((race) => dashboard.status[race].status === "qualified").map((from) => {
    const reasons = dashboard.status[from].reasons.map((r) => r.kind);
    const sourceCategory = sourceCategoryOf(dashboard, from);
    return {
      from,
      targets: categoryChangeTargets(from).map((target) => ({
        target,
        eligibility: categoryChangeEligibility({ qualifiedFrom: from, reasons, sourceCategory, target }),
      })),
    };
  });
}

/** R14 for one requested move: the domain's answer, with "not qualified" when the runner holds no place in `from`. */
function judgeCategoryChange(dashboard: RunnerDashboard, from: FinalsRace, to: FinalsRace): Eligibility {
  const status = dashboard.status[from];
  return categoryChangeEligibility({
    qualifiedFrom: from,
    reasons: status.status === "qualified" ? status.reasons.map((r) => r.kind) : [],
    sourceCategory: sourceCategoryOf(dashboard, from),
    target: to,
  });
}

function extensionScores(dashboard: RunnerDashboard, today: IsoDate): CategoryScore[] {
  // R16: a UTMB Score at any scored race counts, whatever the event's level.
  return dashboard.results.flatMap((r) =>
    r.status === "finisher" && r.utmbScore !== null && isFinalsCategory(r.category) && r.date <= today
      ? [{ category: r.category, score: r.utmbScore, date: r.date }]
      : [],
  );
}

function judgeExtension(facts: RunnerFacts, today: IsoDate): { eligibility: Eligibility; finalsRaces: FinalsRace[] } {
  const { dashboard } = facts;
  const answer = extensionEligibility({
    sex: dashboard.runner.sex,
    bestScoresPast2Years: extensionScores(dashboard, today),
    today,
    edition: dashboard.edition,
  });
  if (!answer.eligible) return { eligibility: answer, finalsRaces: [] };
  const finalsRaces = answer.categories.flatMap((c) => finalsRaceForCategory(c) ?? []);
  return { eligibility: { eligible: true }, finalsRaces };
}

function judgeDeferral(facts: RunnerFacts, today: IsoDate): Eligibility {
  const editionYear = facts.dashboard.edition.year;
  return priorityDeferralEligibility({
    registration: facts.registration ? { status: facts.registration.status, editionYear } : null,
    editionYear,
    today,
  });
}

function openRefusal(type: RequestType, editionYear: number, openId: number | undefined): Eligibility | null {
  if (openId === undefined) return null;
  return {
    eligible: false,
    reason: `You already have an open ${TYPE_LABEL[type]} request for the ${editionYear} Finals (request #${openId}). Withdraw it or wait for the decision first.`,
  };
}

/**
 * What the runner may ask for the next Finals edition (R14-R16): each request type's eligibility with
 * the reason when not, and the open request of that type if any (one per runner, edition and type).
 */
export async function getRequestOptions(db: Db, { runnerId, today }: { runnerId: number; today: IsoDate }): Promise<RequestOptions | null> {
  const facts = await loadFacts(db, runnerId, today);
  if (!facts) return null;
  const editionYear = facts.dashboard.edition.year;

  const options = categoryChangeOptions(facts.dashboard);
  const anyMove = options.some((o) => o.targets.some((t) => t.eligibility.eligible));
  const firstReason = options.flatMap((o) => o.targets).find((t) => !t.eligibility.eligible);
  const categoryEligibility: Eligibility =
    openRefusal("category_change", editionYear, facts.open.category_change) ??
    (anyMove
      ? { eligible: true }
      : options.length === 0
        ? { eligible: false, reason: `You are not qualified for a ${editionYear} Finals race yet, so there is no category to change.` }
        : { eligible: false, reason: firstReason && !firstReason.eligibility.eligible ? firstReason.eligibility.reason : "No change of category is possible." });

  const extension = judgeExtension(facts, today);
  return {
    editionYear,
    categoryChange: { eligibility: categoryEligibility, options, openRequestId: facts.open.category_change ?? null },
    priorityDeferral: {
      eligibility: openRefusal("priority_deferral", editionYear, facts.open.priority_deferral) ?? judgeDeferral(facts, today),
      registration: facts.registration,
      openRequestId: facts.open.priority_deferral ?? null,
    },
    extension: {
      eligibility: openRefusal("extension", editionYear, facts.open.extension) ?? extension.eligibility,
      finalsRaces: extension.finalsRaces,
      deadline: facts.dashboard.edition.extensionDeadline,
      windowEnd: facts.dashboard.edition.extensionWindowEnd,
      openRequestId: facts.open.extension ?? null,
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Filing requests

interface NewRequest {
  type: RequestType;
  fromFinalsRace: FinalsRace | null;
  toFinalsRace: FinalsRace | null;
}

interface FileInput {
  reason: string;
  documents: readonly UploadedFile[];
  today: IsoDate;
}

/**
 * The shared path of the three requests: lock the runner (one filing at a time, so "one open request
 * per type" holds), re-check eligibility in the transaction, then write the request, its documents and
 * the audit entry. Refusals return before any write.
 */
async function fileRequest(
  db: Db,
  actor: RequestActor,
  input: FileInput & { documentsRequired: boolean },
  decide: (facts: RunnerFacts) => RequestFailure | NewRequest,
): Promise<CreateRequestResult> {
  const checked = checkDocuments(input.documents, 0);
  if (!checked.ok) return refuse("documents-invalid", checked.message);
  if (input.documentsRequired && checked.documents.length === 0) {
    return refuse("documents-required", "Attach at least one document, for example a medical certificate (PDF, JPEG or PNG).");
  }

  return db.transaction(async (tx) => {
    const [locked] = await tx.select({ id: runners.id }).from(runners).where(eq(runners.id, actor.runnerId)).for("update");
    if (!locked) return RUNNER_NOT_FOUND;
    const facts = await loadFacts(tx, actor.runnerId, input.today);
    if (!facts) return RUNNER_NOT_FOUND;
    const decided = decide(facts);
    if ("ok" in decided) return decided;
    const editionYear = facts.dashboard.edition.year;
    const openId = facts.open[decided.type];
    const open = openRefusal(decided.type, editionYear, openId);
    if (open && !open.eligible) return refuse("already-open", open.reason);

    const [row] = await tx
      .insert(requests)
      .values({
        runnerId: actor.runnerId,
        editionYear,
        type: decided.type,
        status: "submitted",
        fromFinalsRace: decided.fromFinalsRace,
        toFinalsRace: decided.toFinalsRace,
        reason: input.reason,
      })
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
      details: {
        type: decided.type,
        editionYear,
        fromFinalsRace: decided.fromFinalsRace,
        toFinalsRace: decided.toFinalsRace,
        documents: checked.documents.map((d) => d.fileName),
      },
    });
    return { ok: true as const, requestId: row.id };
  });
}

/** R14: asks to run `to` instead of `from` (one category up or down) for the next edition. Documents optional. */
export function createCategoryChangeRequest(
  db: Db,
  actor: RequestActor,
  input: FileInput & { from: FinalsRace; to: FinalsRace },
): Promise<CreateRequestResult> {
  return fileRequest(db, actor, { ...input, documentsRequired: false }, ({ dashboard }) => {
    const eligibility = judgeCategoryChange(dashboard, input.from, input.to);
    if (!eligibility.eligible) return refuse("not-eligible", eligibility.reason);
    return { type: "category_change", fromFinalsRace: input.from, toFinalsRace: input.to };
  });
}

/** R15: asks to defer the priority of a completed registration for the next edition. Documents required. */
export function createPriorityDeferralRequest(db: Db, actor: RequestActor, input: FileInput): Promise<CreateRequestResult> {
  return fileRequest(db, actor, { ...input, documentsRequired: true }, (facts) => {
    const eligibility = judgeDeferral(facts, input.today);
    if (!eligibility.eligible || !facts.registration) {
      return refuse("not-eligible", eligibility.eligible ? "No completed registration was found." : eligibility.reason);
    }
    return { type: "priority_deferral", fromFinalsRace: facts.registration.finalsRace, toFinalsRace: null };
  });
}

/**
 * R16: applies to qualify in the extended window for `finalsRace` (one of the categories whose threshold
 * the runner reached). Documents required.
 */
export function createExtensionRequest(
  db: Db,
  actor: RequestActor,
  input: FileInput & { finalsRace: FinalsRace },
): Promise<CreateRequestResult> {
  return fileRequest(db, actor, { ...input, documentsRequired: true }, (facts) => {
    const { eligibility, finalsRaces } = judgeExtension(facts, input.today);
    if (!eligibility.eligible) return refuse("not-eligible", eligibility.reason);
    if (!finalsRaces.includes(input.finalsRace)) {
      return refuse(
        "not-eligible",
        `Your scores of the last 2 years allow an extension for ${finalsRaces.join(" or ")}, not ${input.finalsRace}.`,
      );
    }
    return { type: "extension", fromFinalsRace: null, toFinalsRace: input.finalsRace };
  });
}

// ---------------------------------------------------------------------------------------------------
// Acting on an open request (owner only)

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

const STATUS_WORD: Record<RequestStatus, string> = {
  submitted: "submitted",
  in_review: "in review",
  approved: "approved",
  rejected: "rejected",
  withdrawn: "withdrawn",
};

function closedRefusal(status: RequestStatus, what: string): RequestFailure {
  return refuse("request-closed", `This request is ${STATUS_WORD[status]}: ${what} only while it is open.`);
}


/** Adds the owner's comment to an open request (an audit entry "commented", the text in its reason). */
export async function addRequestComment(
  db: Db,
  actor: RequestActor,
  { requestId, comment }: { requestId: number; comment: string },
): Promise<RequestChangeResult> {
  return db.transaction(async (tx) => {
    const request = await lockOwnRequest(tx, actor, requestId);
    if (!request) return NOT_FOUND;
    if (!isOpenRequestStatus(request.status)) return closedRefusal(request.status, "comments can be added");
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
  if (documents.length === 0) return refuse("documents-required", "Choose at least one file to add (PDF, JPEG or PNG).");
  return db.transaction(async (tx) => {
    // The lock makes the count below hold until commit: two uploads at once cannot pass 5 together.
    const request = await lockOwnRequest(tx, actor, requestId);
    if (!request) return NOT_FOUND;
    if (!isOpenRequestStatus(request.status)) return closedRefusal(request.status, "documents can be added");
    const [attached] = await tx.select({ n: count() }).from(requestDocuments).where(eq(requestDocuments.requestId, request.id));
    const checked = checkDocuments(documents, attached?.n ?? 0);
    if (!checked.ok) return refuse("documents-invalid", checked.message);
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
    if (!canTransition(request.status, "withdrawn")) {
      return refuse("request-closed", `This request is already ${STATUS_WORD[request.status]}; it can no longer be withdrawn.`);
    }
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

// ---------------------------------------------------------------------------------------------------
// Reading

export interface RequestSummary {
  id: number;
  type: RequestType;
  status: RequestStatus;
  editionYear: number;
  fromFinalsRace: FinalsRace | null;
  toFinalsRace: FinalsRace | null;
  submittedAt: Date;
  decidedAt: Date | null;
  documentCount: number;
}

/** The columns every list and page of requests shows: what was asked, for which edition, where it stands. */
export const requestSummaryColumns = {
  id: requests.id,
  type: requests.type,
  status: requests.status,
  editionYear: requests.editionYear,
  fromFinalsRace: requests.fromFinalsRace,
  toFinalsRace: requests.toFinalsRace,
  submittedAt: requests.submittedAt,
};

/** The runner's own requests, newest first. */
export async function listMyRequests(db: Db, { runnerId }: { runnerId: number }): Promise<RequestSummary[]> {
  return db
    .select({
      ...requestSummaryColumns,
      decidedAt: requests.decidedAt,
      documentCount: count(requestDocuments.id),
    })
    .from(requests)
    .leftJoin(requestDocuments, eq(requestDocuments.requestId, requests.id))
    .where(eq(requests.runnerId, runnerId))
    .groupBy(requests.id)
    .orderBy(desc(requests.submittedAt), desc(requests.id));
}

export interface RequestDocumentSummary {
  id: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

export interface RequestDetail extends RequestSummary {
  runnerId: number;
  runnerName: string;
  reason: string;
  decisionReason: string | null;
  /** True for the owner while the request is open: comment, add documents, withdraw. */
  viewerIsOwner: boolean;
  isOpen: boolean;
  documents: RequestDocumentSummary[];
  /** The audit trail, oldest first: who, when, what, why. */
  history: AuditHistoryItem[];
}

function mayView(viewer: Viewer, runnerId: number): boolean {
  return viewer.role === "elite" || viewer.role === "admin" || viewer.runnerId === runnerId;
}

/**
 * One request with its documents and history, for its owner or the elite team; anyone else (and any
 * id that does not exist) gets null, so a page answers 404 either way.
 */
export async function getRequestForViewer(db: Db, viewer: Viewer, requestId: number): Promise<RequestDetail | null> {
  if (!Number.isSafeInteger(requestId) || requestId <= 0) return null;
  const [row] = await db
    .select({
      ...requestSummaryColumns,
      runnerId: requests.runnerId,
      runnerName: runners.name,
      reason: requests.reason,
      decidedAt: requests.decidedAt,
      decisionReason: requests.decisionReason,
    })
    .from(requests)
    .innerJoin(runners, eq(runners.id, requests.runnerId))
    .where(eq(requests.id, requestId))
    .limit(1);
  if (!row || !mayView(viewer, row.runnerId)) return null;
  const [documents, history] = await Promise.all([
    db
      .select({
        id: requestDocuments.id,
        fileName: requestDocuments.fileName,
        mimeType: requestDocuments.mimeType,
        sizeBytes: requestDocuments.sizeBytes,
        uploadedAt: requestDocuments.uploadedAt,
      })
      .from(requestDocuments)
      .where(eq(requestDocuments.requestId, row.id))
      .orderBy(requestDocuments.uploadedAt, requestDocuments.id),
    listAudit(db, REQUEST_ENTITY, row.id),
  ]);
  return {
    ...row,
    documentCount: documents.length,
    viewerIsOwner: viewer.runnerId === row.runnerId,
    isOpen: isOpenRequestStatus(row.status),
    documents,
    history,
  };
}

export interface RequestDocumentFile {
  id: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  content: Uint8Array;
}

/** A document's content for its request's owner or the elite team; null for anyone else or an unknown id. */
export async function getDocumentForViewer(db: Db, viewer: Viewer, documentId: number): Promise<RequestDocumentFile | null> {
  if (!Number.isSafeInteger(documentId) || documentId <= 0) return null;
  const [row] = await db
    .select({
      id: requestDocuments.id,
      runnerId: requests.runnerId,
      fileName: requestDocuments.fileName,
      mimeType: requestDocuments.mimeType,
      sizeBytes: requestDocuments.sizeBytes,
      content: requestDocuments.content,
    })
    .from(requestDocuments)
    .innerJoin(requests, eq(requests.id, requestDocuments.requestId))
    .where(eq(requestDocuments.id, documentId))
    .limit(1);
  if (!row || !mayView(viewer, row.runnerId)) return null;
  const { runnerId: _runnerId, ...file } = row;
  return file;
}

import "server-only";
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { finalsRegistrations, requestDocuments, requests, runners } from "@/db/schema";
import type { HistoryEntry } from "@/lib/domain/history";
import { listAudit } from "./audit";
import { getRunnerDashboard, type RunnerDashboard, type Viewer } from "./dashboard";
import { finalsRaceForCategory } from "@/lib/domain/km-effort";
import { requestOptions, type RequestFacts, type RequestOptions } from "@/lib/domain/request-options";
import { isOpenRequestStatus, OPEN_REQUEST_STATUSES, type RequestHeader, type RequestType } from "@/lib/domain/requests";
import type { IsoDate } from "@/lib/domain/types";
import { requestDocumentColumns, requestSummaryColumns } from "@/lib/data/request-columns";

/** The audit trail's entity type for requests (shared with the elite team's review). */
export const REQUEST_ENTITY = "request";

export type { RequestType };

/**
 * The facts the request rules judge (lib/domain/request-options.ts): the runner's dashboard, their Finals
 * registration, their open and approved requests for the next edition. Read in the caller's transaction
 * when there is one, so a filing judges what it locked.
 */
export async function loadRequestFacts(db: Db | Tx, runnerId: number, today: IsoDate): Promise<RequestFacts | null> {
  // A transaction handle is a database for reads; getRunnerDashboard only reads.
  const dashboard = await getRunnerDashboard(db as Db, { runnerId, today });
  return dashboard ? requestFactsFor(db, dashboard) : null;
}

/** The request facts around a dashboard already loaded (the runner's own page reads it through its cache). */
export async function requestFactsFor(db: Db | Tx, dashboard: RunnerDashboard): Promise<RequestFacts> {
  const runnerId = dashboard.runner.id;
  const editionYear = dashboard.edition.year;
  const [registrationRows, requestRows] = await Promise.all([
    db
      .select({ finalsRace: finalsRegistrations.finalsRace, status: finalsRegistrations.status })
      .from(finalsRegistrations)
      .where(and(eq(finalsRegistrations.runnerId, runnerId), eq(finalsRegistrations.editionYear, editionYear)))
      // A completed registration wins over a cancelled one; then the latest.
      .orderBy(sql`${finalsRegistrations.status} = 'registered' desc`, desc(finalsRegistrations.registeredAt))
      .limit(1),
    db
      .select({ id: requests.id, type: requests.type, status: requests.status })
      .from(requests)
      .where(
        and(
          eq(requests.runnerId, runnerId),
          eq(requests.editionYear, editionYear),
          inArray(requests.status, [...OPEN_REQUEST_STATUSES, "approved"]),
        ),
      )
      .orderBy(requests.id),
  ]);
  const open: Partial<Record<RequestType, number>> = {};
  for (const row of requestRows) if (row.status !== "approved") open[row.type] ??= row.id;
  // R18: places at the Finals themselves, by sex among finishers.
  const finalsPlaces = dashboard.results.flatMap((r) => {
    const finalsRace = r.category ? finalsRaceForCategory(r.category) : null;
    return r.eventLevel === "finals" && r.status === "finisher" && finalsRace && r.finisherPlaceBySex !== null
      ? [{ finalsRace, placeBySex: r.finisherPlaceBySex, date: r.date }]
      : [];
  });
  return {
    dashboard,
    registration: registrationRows[0] ?? null,
    open,
    finalsPlaces,
    topEliteGranted: requestRows.some((r) => r.type === "top_elite" && r.status === "approved"),
  };
}

/** What the runner may ask for the next Finals edition (R14-R16, R18), decided by the domain's rules. */
export async function getRequestOptions(db: Db, { runnerId, today }: { runnerId: number; today: IsoDate }): Promise<RequestOptions | null> {
  const facts = await loadRequestFacts(db, runnerId, today);
  return facts ? requestOptions(facts, today) : null;
}

export interface RequestSummary extends RequestHeader {
  documentCount: number;
}

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
  history: HistoryEntry[];
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
      .select({ ...requestDocumentColumns, uploadedAt: requestDocuments.uploadedAt })
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
    .select({ ...requestDocumentColumns, runnerId: requests.runnerId, content: requestDocuments.content })
    .from(requestDocuments)
    .innerJoin(requests, eq(requests.id, requestDocuments.requestId))
    .where(eq(requestDocuments.id, documentId))
    .limit(1);
  if (!row || !mayView(viewer, row.runnerId)) return null;
  const { runnerId: _runnerId, ...file } = row;
  return file;
}

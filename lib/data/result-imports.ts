import "server-only";
import { asc, count, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { apiTokens, auditEvents, events, races, resultImports, users } from "@/db/schema";
import type { ImportWarning } from "@/lib/ingest/problems";
import type { ImportedQualifier, ImportSource } from "./import-results";

export interface ResultImportItem {
  id: number;
  source: ImportSource;
  /** Who: the admin's email (page, command line with an actor) or the API token's provider name. */
  by: string | null;
  createdAt: Date;
  fileName: string | null;
  sha256: string;
  eventName: string;
  eventYear: number;
  raceId: number;
  raceName: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
  partial: boolean;
  newlyQualified: number;
  warnings: number;
}

const columns = {
  id: resultImports.id,
  source: resultImports.source,
  userEmail: users.email,
  tokenName: apiTokens.name,
  createdAt: resultImports.createdAt,
  fileName: resultImports.fileName,
  sha256: resultImports.sha256,
  eventName: events.name,
  eventYear: events.year,
  raceId: races.id,
  raceName: races.name,
  rows: resultImports.rows,
  inserted: resultImports.inserted,
  updated: resultImports.updated,
  unchanged: resultImports.unchanged,
  removed: resultImports.removed,
  partial: resultImports.partial,
  newlyQualified: resultImports.newlyQualified,
  warnings: resultImports.warnings,
};

function base(db: Db) {
  return db
    .select(columns)
    .from(resultImports)
    .innerJoin(races, eq(races.id, resultImports.raceId))
    .innerJoin(events, eq(events.id, races.eventId))
    .leftJoin(users, eq(users.id, resultImports.actorUserId))
    .leftJoin(apiTokens, eq(apiTokens.id, resultImports.apiTokenId));
}

type Row = Awaited<ReturnType<ReturnType<typeof base>["execute"]>>[number];

function item(r: Row): ResultImportItem {
  const { userEmail, tokenName, newlyQualified, warnings, ...rest } = r;
  return { ...rest, by: userEmail ?? tokenName ?? null, newlyQualified: newlyQualified.length, warnings: warnings.length };
}

/** Past imports, newest first, a page at a time. */
export async function listResultImports(db: Db, { limit = 50, offset = 0 }: { limit?: number; offset?: number } = {}) {
  const [rows, [total]] = await Promise.all([
    base(db).orderBy(desc(resultImports.createdAt), desc(resultImports.id)).limit(limit).offset(offset),
    db.select({ n: count() }).from(resultImports),
  ]);
  return { items: rows.map(item), total: total?.n ?? 0 };
}

export interface ResultImportDetail extends ResultImportItem {
  qualifiers: ImportedQualifier[];
  warningList: ImportWarning[];
  audit: { id: number; entityType: string; entityId: string; action: string; reason: string | null; details: Record<string, unknown> | null }[];
}

/** One import with its warnings, the runners it newly qualified and the audit rows it wrote. */
export async function getResultImport(db: Db, { id }: { id: number }): Promise<ResultImportDetail | null> {
  const [row] = await base(db).where(eq(resultImports.id, id));
  if (!row) return null;
  const audit = await db
    .select({ id: auditEvents.id, entityType: auditEvents.entityType, entityId: auditEvents.entityId, action: auditEvents.action, reason: auditEvents.reason, details: auditEvents.details })
    .from(auditEvents)
    .where(eq(auditEvents.importId, id))
    .orderBy(asc(auditEvents.id))
    .limit(2000);
  return { ...item(row), qualifiers: row.newlyQualified as ImportedQualifier[], warningList: row.warnings as ImportWarning[], audit };
}

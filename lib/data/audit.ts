import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import type { HistoryEntry } from "@/lib/domain/history";

export interface AuditEntry {
  actorUserId: string | null;
  entityType: string;
  entityId: string | number;
  action: string;
  reason?: string | null;
  details?: Record<string, unknown> | null;
}

/** Appends one entry to the audit trail (who, what, why; the database stamps when) and returns its id. Never updated or deleted. */
export async function recordAudit(db: Db | Tx, entry: AuditEntry): Promise<number> {
  const [row] = await db.insert(auditEvents).values({
    actorUserId: entry.actorUserId,
    entityType: entry.entityType,
    entityId: String(entry.entityId),
    action: entry.action,
    reason: entry.reason ?? null,
    details: entry.details ?? null,
  }).returning({ id: auditEvents.id });
  return row?.id ?? 0;
}


/** The history of one entity, oldest first, with the actor's display name and role (never their email). */
export function listAudit(db: Db | Tx, entityType: string, entityId: string | number): Promise<HistoryEntry[]> {
  return db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      reason: auditEvents.reason,
      details: auditEvents.details,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
      actorRole: users.role,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, String(entityId))))
    .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id));
}

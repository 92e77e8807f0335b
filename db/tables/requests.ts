/** Requests (R14-R17), their documents, and the audit trail of every change. */
import { index, integer, jsonb, pgTable, serial, smallint, text, type AnyPgColumn, customType } from "drizzle-orm/pg-core";
import { finalsRace, requestStatus, requestType } from "./enums";
import { users } from "./accounts";
import { runners } from "./results";
import { resultImports } from "./imports";
import { moment } from "./columns";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const requests = pgTable(
  "requests",
  {
    id: serial("id").primaryKey(),
    runnerId: integer("runner_id").notNull().references(() => runners.id),
    editionYear: smallint("edition_year").notNull(),
    type: requestType("type").notNull(),
    status: requestStatus("status").notNull().default("submitted"),
    /** Category change: from and to Finals race; deferral: the registered race; extension: null. */
    fromFinalsRace: finalsRace("from_finals_race"),
    toFinalsRace: finalsRace("to_finals_race"),
    reason: text("reason").notNull(),
    submittedAt: moment("submitted_at").notNull().defaultNow(),
    decidedAt: moment("decided_at"),
    decidedBy: text("decided_by").references(() => users.id),
    decisionReason: text("decision_reason"),
  },
  (t) => [
    index("requests_runner_idx").on(t.runnerId, t.editionYear),
    index("requests_queue_idx").on(t.status, t.type, t.submittedAt),
  ],
);

export const requestDocuments = pgTable(
  "request_documents",
  {
    id: serial("id").primaryKey(),
    requestId: integer("request_id").notNull().references(() => requests.id),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: text("uploaded_by").notNull().references(() => users.id),
    uploadedAt: moment("uploaded_at").notNull().defaultNow(),
  },
  (t) => [index("request_documents_request_idx").on(t.requestId)],
);

/** Append-only: who did what, when and why. Nothing here is ever updated or deleted. */
/**
 * A runner's claim that a runner record is theirs (id + name + birth year matched). It links nothing by
 * itself: an admin approves or rejects it at /admin/runners/link, since those three facts are public.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: serial("id").primaryKey(),
    actorUserId: text("actor_user_id").references(() => users.id),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    reason: text("reason"),
    details: jsonb("details").$type<Record<string, unknown>>(),
    /** The results import that made this change, when one did (its page lists them). */
    importId: integer("import_id").references((): AnyPgColumn => resultImports.id),
    createdAt: moment("created_at").notNull().defaultNow(),
  },
  (t) => [index("audit_events_entity_idx").on(t.entityType, t.entityId, t.createdAt), index("audit_events_import_idx").on(t.importId)],
);

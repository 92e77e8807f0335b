/**
 * The portal's tables. One schema for the embedded PGlite and for PostgreSQL; drizzle-kit generates the
 * migrations in db/migrations from this file. Indexes sit beside the table whose queries need them.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import type { CategoryBands, ScoreThresholds, TopEliteThresholds } from "@/lib/domain/types";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const userRole = pgEnum("user_role", ["runner", "elite", "admin"]);
export const sexEnum = pgEnum("sex", ["F", "M"]);
export const eventLevel = pgEnum("event_level", ["event", "major", "finals", "index"]);
export const raceCategory = pgEnum("race_category", ["20K", "50K", "100K", "100M"]);
export const finalsRace = pgEnum("finals_race", ["OCC", "CCC", "UTMB"]);
export const resultStatus = pgEnum("result_status", ["finisher", "dnf", "dns", "dsq"]);
export const qualificationKind = pgEnum("qualification_kind", ["podium", "score", "age_group"]);
export const registrationStatus = pgEnum("registration_status", ["registered", "cancelled"]);
export const requestType = pgEnum("request_type", ["category_change", "priority_deferral", "extension", "top_elite"]);
export const requestStatus = pgEnum("request_status", ["submitted", "in_review", "approved", "rejected", "withdrawn"]);

// ---------------------------------------------------------------------------------------------------
// Accounts (Auth.js tables for the Drizzle adapter, plus role and password hash)

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { mode: "date", withTimezone: true }),
    image: text("image"),
    passwordHash: text("password_hash"),
    /** Sessions issued before this instant are no longer accepted (set by a password reset). */
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    /**
     * Goes up on sign-out and on a password change; a session token carries the value it was issued with
     * and stops working when they differ (lib/auth/session-validity.ts), so a 30-day JWT can be revoked.
     */
    sessionVersion: integer("session_version").notNull().default(0),
    /** True from sign-up until the email's confirmation link is opened (or a reset proves the email): no sign-in. */
    signUpPending: boolean("sign_up_pending").notNull().default(false),
    role: userRole("role").notNull().default("runner"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_idx").on(t.userId)],
);

export const sessions = pgTable(
  "sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { mode: "date", withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Password reset: only the SHA-256 of the token is stored; single use, short-lived. */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);

// ---------------------------------------------------------------------------------------------------
// Runners, events, races, results

export const runners = pgTable(
  "runners",
  {
    id: serial("id").primaryKey(),
    /** External runner id, e.g. the number of a UTMB profile URL. Never merge runners by name alone. */
    externalId: text("external_id"),
    name: text("name").notNull(),
    sex: sexEnum("sex").notNull(),
    birthYear: smallint("birth_year"),
    /** ISO 3166-1 alpha-2, or null when the results did not give one. */
    nationality: text("nationality"),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    /**
     * Goes up with every change to what the runner's dashboard shows: the runner's row, results,
     * qualifications and requests. Kept by triggers (migration 0002), so no write path can forget it; the
     * dashboard cache (lib/data/dashboard.ts) keys on it with `data_versions.catalog`.
     */
    dataVersion: bigint("data_version", { mode: "number" }).notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("runners_external_id_idx").on(t.externalId),
    uniqueIndex("runners_user_idx").on(t.userId),
    index("runners_name_idx").on(sql`lower(${t.name})`),
  ],
);

/**
 * Versions of shared data, one row per scope. "catalog" goes up with every change to events, races and
 * Finals editions, which every dashboard reads (triggers, migration 0002).
 */
export const dataVersions = pgTable("data_versions", {
  scope: text("scope").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(0),
});

export const events = pgTable(
  "events",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    country: text("country"),
    level: eventLevel("level").notNull(),
    /** An event happens once a year; the same name in another year is another edition of it. */
    year: smallint("year").notNull(),
  },
  (t) => [uniqueIndex("events_name_year_idx").on(t.name, t.year)],
);

export const races = pgTable(
  "races",
  {
    id: serial("id").primaryKey(),
    eventId: integer("event_id").notNull().references(() => events.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    distanceKm: real("distance_km").notNull(),
    elevationGainM: integer("elevation_gain_m").notNull(),
    elevationLossM: integer("elevation_loss_m"),
    /** The organiser's category when given (R3: overrides the computed one). */
    officialCategory: raceCategory("official_category"),
    /** R3: the category the rules engine derived (official, else from km-effort); null when not scored. */
    category: raceCategory("category"),
    /** R11: the race of its category that qualifies when an event has several. */
    isFinalsQualifier: boolean("is_finals_qualifier").notNull().default(true),
    sourceUrl: text("source_url"),
  },
  (t) => [
    uniqueIndex("races_event_name_idx").on(t.eventId, t.name),
    index("races_date_idx").on(t.date),
    check("races_distance_positive", sql`${t.distanceKm} > 0`),
    check("races_gain_non_negative", sql`${t.elevationGainM} >= 0`),
  ],
);

export const results = pgTable(
  "results",
  {
    id: serial("id").primaryKey(),
    raceId: integer("race_id").notNull().references(() => races.id, { onDelete: "restrict" }),
    runnerId: integer("runner_id").notNull().references(() => runners.id, { onDelete: "restrict" }),
    bib: text("bib").notNull(),
    timeSeconds: integer("time_seconds"),
    status: resultStatus("status").notNull(),
    placeOverall: integer("place_overall"),
    placeBySex: integer("place_by_sex"),
    /** Age group label without the sex letter, e.g. "20-34", "85+". */
    ageGroup: text("age_group"),
    placeInAgeGroup: integer("place_in_age_group"),
    /** Age on race day as given by the results, when given. */
    age: smallint("age"),
    /** R9: place by sex among finishers only (ties share), computed by the rules engine at recompute. */
    finisherPlaceBySex: integer("finisher_place_by_sex"),
    /** R5: the published UTMB Score; null while unpublished or for non-scored finishes. */
    utmbScore: real("utmb_score"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("results_race_bib_idx").on(t.raceId, t.bib),
    index("results_runner_idx").on(t.runnerId),
    check("results_time_non_negative", sql`${t.timeSeconds} is null or ${t.timeSeconds} >= 0`),
  ],
);

// ---------------------------------------------------------------------------------------------------
// Finals editions, their config, quotas, computed qualifications, registrations

export const finalsEditions = pgTable("finals_editions", {
  year: smallint("year").primaryKey(),
  qualificationStart: date("qualification_start", { mode: "string" }).notNull(),
  qualificationEnd: date("qualification_end", { mode: "string" }).notNull(),
  scoreThresholds: jsonb("score_thresholds").$type<ScoreThresholds>().notNull(),
  extensionThresholds: jsonb("extension_thresholds").$type<ScoreThresholds>().notNull(),
  extensionDeadline: date("extension_deadline", { mode: "string" }).notNull(),
  extensionWindowEnd: date("extension_window_end", { mode: "string" }).notNull(),
  podiumPlacesEvent: smallint("podium_places_event").notNull(),
  podiumPlacesMajor: smallint("podium_places_major").notNull(),
  majorPlacesPerSex: smallint("major_places_per_sex").notNull(),
  categoryBands: jsonb("category_bands").$type<CategoryBands>().notNull(),
  /** R18: null keeps the rules' defaults for the edition. */
  topElite: jsonb("top_elite").$type<TopEliteThresholds>(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** R14: bibs per Finals race and sex for category changes; used can never exceed the quota. */
export const finalsQuotas = pgTable(
  "finals_quotas",
  {
    editionYear: smallint("edition_year").notNull().references(() => finalsEditions.year),
    finalsRace: finalsRace("finals_race").notNull(),
    sex: sexEnum("sex").notNull(),
    bibs: integer("bibs").notNull(),
    bibsUsed: integer("bibs_used").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.editionYear, t.finalsRace, t.sex] }),
    check("finals_quotas_within", sql`${t.bibsUsed} >= 0 and ${t.bibsUsed} <= ${t.bibs}`),
  ],
);

/**
 * Direct qualifications computed by the rules engine (R7-R12) from results; recomputed per race after
 * each import. One row per result and reason.
 */
export const qualifications = pgTable(
  "qualifications",
  {
    id: serial("id").primaryKey(),
    editionYear: smallint("edition_year").notNull(),
    runnerId: integer("runner_id").notNull().references(() => runners.id),
    resultId: integer("result_id").notNull().references(() => results.id),
    raceId: integer("race_id").notNull().references(() => races.id),
    finalsRace: finalsRace("finals_race").notNull(),
    kind: qualificationKind("kind").notNull(),
    /** Place for podium / age group, score for score. */
    place: integer("place"),
    score: real("score"),
    threshold: real("threshold"),
    ageGroup: text("age_group"),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("qualifications_result_kind_edition_idx").on(t.resultId, t.kind, t.editionYear),
    index("qualifications_runner_edition_idx").on(t.runnerId, t.editionYear),
    index("qualifications_race_idx").on(t.raceId),
    index("qualifications_edition_race_idx").on(t.editionYear, t.finalsRace),
  ],
);

export const finalsRegistrations = pgTable(
  "finals_registrations",
  {
    id: serial("id").primaryKey(),
    runnerId: integer("runner_id").notNull().references(() => runners.id),
    editionYear: smallint("edition_year").notNull(),
    finalsRace: finalsRace("finals_race").notNull(),
    status: registrationStatus("status").notNull(),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
  },
  (t) => [index("finals_registrations_runner_idx").on(t.runnerId, t.editionYear)],
);

// ---------------------------------------------------------------------------------------------------
// Requests (R14-R17), their documents and the audit trail

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
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
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
    uploadedAt: timestamp("uploaded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("request_documents_request_idx").on(t.requestId)],
);

/** Append-only: who did what, when and why. Nothing here is ever updated or deleted. */
/**
 * A runner's claim that a runner record is theirs (id + name + birth year matched). It links nothing by
 * itself: an admin approves or rejects it at /admin/runners/link, since those three facts are public.
 */
export const runnerClaimStatus = pgEnum("runner_claim_status", ["pending", "approved", "rejected"]);

export const runnerClaims = pgTable(
  "runner_claims",
  {
    id: serial("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    runnerId: integer("runner_id")
      .notNull()
      .references(() => runners.id, { onDelete: "cascade" }),
    status: runnerClaimStatus("status").notNull().default("pending"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    decidedBy: text("decided_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    // One open claim per account and per (account, runner).
    uniqueIndex("runner_claims_pending_user_idx").on(t.userId).where(sql`${t.status} = 'pending'`),
    index("runner_claims_status_idx").on(t.status, t.createdAt),
  ],
);

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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_events_entity_idx").on(t.entityType, t.entityId, t.createdAt), index("audit_events_import_idx").on(t.importId)],
);

// ---------------------------------------------------------------------------------------------------
// Results imports (file upload, API, command line) and timing providers' API tokens

export const importSource = pgEnum("import_source", ["page", "api", "cli"]);

/** Per-provider API tokens for POST /api/v1/results; only the SHA-256 of the token is stored. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    /** First characters of the token, to recognise it in the list. */
    prefix: text("prefix").notNull(),
    createdBy: text("created_by").notNull().references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_tokens_hash_idx").on(t.tokenHash)],
);

/** One accepted import: where it came from and what it changed. Refused files leave no row. */
export const resultImports = pgTable(
  "result_imports",
  {
    id: serial("id").primaryKey(),
    source: importSource("source").notNull(),
    actorUserId: text("actor_user_id").references(() => users.id),
    apiTokenId: integer("api_token_id").references(() => apiTokens.id),
    fileName: text("file_name"),
    sha256: text("sha256").notNull(),
    raceId: integer("race_id").notNull().references(() => races.id),
    rows: integer("rows").notNull(),
    inserted: integer("inserted").notNull(),
    updated: integer("updated").notNull(),
    unchanged: integer("unchanged").notNull(),
    /** Results no longer in a corrected file (a file is the race's full list unless imported as partial). */
    removed: integer("removed").notNull().default(0),
    partial: boolean("partial").notNull().default(false),
    newlyQualified: jsonb("newly_qualified").$type<unknown[]>().notNull(),
    /** What the import did with fields that decide nothing ({ line, column, message }). */
    warnings: jsonb("warnings").$type<unknown[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("result_imports_race_idx").on(t.raceId, t.createdAt)],
);

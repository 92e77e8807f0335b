/** Results imports (file upload, API, command line) and timing providers' API tokens. */
import { boolean, index, integer, jsonb, pgEnum, pgTable, serial, text, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { events, races } from "./results";
import { moment } from "./columns";

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
    createdAt: moment("created_at").notNull().defaultNow(),
    revokedAt: moment("revoked_at"),
    lastUsedAt: moment("last_used_at"),
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
    createdAt: moment("created_at").notNull().defaultNow(),
  },
  (t) => [index("result_imports_race_idx").on(t.raceId, t.createdAt)],
);

/**
 * A results import being written in short batches under a hidden (staged) race (lib/data/import-staged.ts):
 * what to remove if it fails or its process dies. Runners are created only by imports, one at a time, so
 * the runners above `runnerMark` that hold no result are the import's own.
 */
export const importStages = pgTable("import_stages", {
  raceId: integer("race_id").primaryKey().references(() => races.id, { onDelete: "cascade" }),
  /** The event, when the import created it (removed with the race if it has no other race). */
  createdEventId: integer("created_event_id").references(() => events.id, { onDelete: "set null" }),
  /** The highest runner id when the import began. */
  runnerMark: integer("runner_mark").notNull(),
  startedAt: moment("started_at").notNull().defaultNow(),
});

/** Runners, events, races and results (R1-R5), and the data versions the dashboard cache keys on. */
import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, doublePrecision, index, integer, pgTable, real, serial, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";
import { eventLevel, raceCategory, resultStatus, sexEnum } from "./enums";
import { users } from "./accounts";
import { moment } from "./columns";

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
    createdAt: moment("created_at").notNull().defaultNow(),
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
    /**
     * R20: the results are final (places no longer move). A live feed's partial imports leave it false
     * until the last one says final; a full results file is final unless sent as not final.
     */
    resultsFinal: boolean("results_final").notNull().default(true),
    /**
     * R5/R20: the edition's constant (score x seconds) and the interval it lies in, kept by each import:
     * exact from official scores, else estimated (basis says how); null when nothing allows an estimate.
     * A finisher's provisional score is constant / time (never stored as a score, never in the index, R6).
     */
    scoreConstant: doublePrecision("score_constant"),
    scoreConstantLow: doublePrecision("score_constant_low"),
    scoreConstantHigh: doublePrecision("score_constant_high"),
    scoreConstantBasis: text("score_constant_basis"),
    sourceUrl: text("source_url"),
    /**
     * The race's first import is still being written in short batches (embedded database, issue 14): the
     * race, its results and qualifications are hidden from every reader until the import's last short
     * transaction clears the flag. `import_stages` says what to undo if the import never gets there.
     */
    staged: boolean("staged").notNull().default(false),
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
    /**
     * R20: the runner's UTMB Index as the results file gave it (live exports: the race category's), the
     * field the provisional scores are estimated from; null when the file has none. Never the portal's index (R6).
     */
    fileIndex: real("file_index"),
    updatedAt: moment("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("results_race_bib_idx").on(t.raceId, t.bib),
    index("results_runner_idx").on(t.runnerId),
    check("results_time_non_negative", sql`${t.timeSeconds} is null or ${t.timeSeconds} >= 0`),
  ],
);

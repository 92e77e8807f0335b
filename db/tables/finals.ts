/** Finals editions and their configuration, bib quotas, computed qualifications (R7-R12) and registrations. */
import { sql } from "drizzle-orm";
import { check, date, index, integer, jsonb, pgTable, primaryKey, real, serial, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { CategoryBands, ScoreThresholds, TopEliteThresholds } from "@/lib/domain/types";
import { finalsRace, qualificationKind, registrationStatus, sexEnum } from "./enums";
import { races, results, runners } from "./results";
import { moment } from "./columns";

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
  updatedAt: moment("updated_at").notNull().defaultNow(),
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
    computedAt: moment("computed_at").notNull().defaultNow(),
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
    registeredAt: moment("registered_at").notNull(),
    cancelledAt: moment("cancelled_at"),
  },
  (t) => [index("finals_registrations_runner_idx").on(t.runnerId, t.editionYear)],
);

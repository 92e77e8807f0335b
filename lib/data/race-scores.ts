import "server-only";
import { and, asc, desc, eq, isNotNull, lt, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db/client";
import { events, races, results } from "@/db/schema";
import {
  constantFromOfficialScores,
  editionScores,
  estimateEditionConstant,
  type ConstantBasis,
  type EditionFinisher,
  type ScoreStatus,
} from "@/lib/domain/provisional-score";
import { computeUtmbIndex, type IndexScore } from "@/lib/domain/utmb-index";
import type { RaceCategory } from "@/lib/domain/types";

/** One finisher's score: official, or provisional with its range (R20). */
export interface RaceScoreRow {
  bib: string;
  timeSeconds: number | null;
  score: number | null;
  status: ScoreStatus;
  low: number | null;
  high: number | null;
}

export interface RaceScores {
  raceId: number;
  eventName: string;
  year: number;
  raceName: string;
  category: RaceCategory | null;
  /** R20: the organiser declared the results final. */
  resultsFinal: boolean;
  /** Where the provisional scores come from; null when nothing allows an estimate (or none is needed). */
  basis: ConstantBasis | null;
  /** The constant of the course's last scored edition (same event and race name, an earlier year), for R21. */
  lastEditionConstant: number | null;
  /** Finishers, fastest first; those without a time last, by bib. */
  rows: RaceScoreRow[];
}

interface RaceKey {
  eventName: string;
  year: number;
  raceName: string;
}

/** The race of an event edition by its name, or null. */
async function findRace(db: Db, { eventName, year, raceName }: RaceKey) {
  const [race] = await db
    .select({ id: races.id, date: races.date, category: races.category, resultsFinal: races.resultsFinal })
    .from(races)
    .innerJoin(events, eq(events.id, races.eventId))
    .where(and(eq(events.name, eventName), eq(events.year, year), eq(races.name, raceName), eq(races.staged, false)))
    .limit(1);
  return race ?? null;
}

/** The names of an event edition's races (to say what exists when a name does not). */
export async function listEventRaceNames(db: Db, { eventName, year }: Omit<RaceKey, "raceName">): Promise<string[]> {
  const rows = await db
    .select({ name: races.name })
    .from(races)
    .innerJoin(events, eq(events.id, races.eventId))
    .where(and(eq(events.name, eventName), eq(events.year, year), eq(races.staged, false)))
    .orderBy(asc(races.name));
  return rows.map((r) => r.name);
}

/** R5: the constant of the latest earlier edition of the race (same event and race name) that has official scores. */
async function lastEditionConstant(db: Db | Tx, { eventName, year, raceName }: RaceKey): Promise<number | null> {
  const earlier = await db
    .select({ id: races.id })
    .from(races)
    .innerJoin(events, eq(events.id, races.eventId))
    .where(and(eq(events.name, eventName), lt(events.year, year), eq(races.name, raceName)))
    .orderBy(desc(events.year));
  for (const race of earlier) {
    const scored = await db
      .select({ score: results.utmbScore, timeSeconds: results.timeSeconds })
      .from(results)
      .where(and(eq(results.raceId, race.id), eq(results.status, "finisher"), isNotNull(results.utmbScore), isNotNull(results.timeSeconds)));
    const constant = constantFromOfficialScores(scored.map((s) => ({ score: s.score!, timeSeconds: s.timeSeconds! })));
    if (constant) return constant.constant;
  }
  return null;
}

/** R6: each finisher's index in the race's category from their scores before the race (runner id -> index). */
async function categoryIndexes(db: Db | Tx, raceId: number, category: RaceCategory, date: string): Promise<Map<number, number>> {
  const here = alias(results, "here");
  const rows = await db
    .select({ runnerId: results.runnerId, resultId: results.id, score: results.utmbScore, date: races.date })
    .from(here)
    .innerJoin(results, eq(results.runnerId, here.runnerId))
    .innerJoin(races, eq(races.id, results.raceId))
    .where(and(eq(here.raceId, raceId), eq(here.status, "finisher"), eq(races.category, category), lt(races.date, date), isNotNull(results.utmbScore), eq(races.staged, false)));
  const byRunner = new Map<number, IndexScore[]>();
  for (const r of rows) {
    const list = byRunner.get(r.runnerId) ?? [];
    list.push({ resultId: r.resultId, category, score: r.score!, date: r.date });
    byRunner.set(r.runnerId, list);
  }
  const out = new Map<number, number>();
  for (const [runnerId, scores] of byRunner) {
    const value = computeUtmbIndex(scores, date).byCategory[category]?.value;
    if (value !== undefined) out.set(runnerId, value);
  }
  return out;
}

/**
 * R20: every finisher of a race with their official score, or a provisional one with its range (from the
 * edition's official scores, else the field's indexes and the course's last edition). A finisher's index is
 * the one their results file gave, else their category index from their stored scores before the race. Null when the race
 * is not found. Provisional scores are computed on read, never stored (R6).
 */
export async function getRaceScores(db: Db, key: RaceKey): Promise<RaceScores | null> {
  const race = await findRace(db, key);
  if (!race) return null;
  const finishers = await db
    .select({ runnerId: results.runnerId, bib: results.bib, timeSeconds: results.timeSeconds, utmbScore: results.utmbScore, fileIndex: results.fileIndex })
    .from(results)
    .where(and(eq(results.raceId, race.id), eq(results.status, "finisher")))
    .orderBy(asc(results.timeSeconds), asc(results.bib));
  const [indexes, lastConstant] = await Promise.all([
    race.category ? categoryIndexes(db, race.id, race.category, race.date) : Promise.resolve(new Map<number, number>()),
    lastEditionConstant(db, key),
  ]);
  const edition: EditionFinisher[] = finishers.map((f) => ({
    bib: f.bib,
    timeSeconds: f.timeSeconds === 0 ? null : f.timeSeconds,
    officialScore: f.utmbScore,
    // The file's index is the real one the estimate was measured with; the portal's own (R6) fills in.
    categoryIndex: f.fileIndex !== null && f.fileIndex > 0 ? f.fileIndex : (indexes.get(f.runnerId) ?? null),
  }));
  const scores = editionScores(edition, { lastEditionConstant: lastConstant });
  let basis: ConstantBasis | null = null;
  for (const s of scores) if (s.basis !== null && s.basis !== "official") basis ??= s.basis;
  return {
    raceId: race.id,
    eventName: key.eventName,
    year: key.year,
    raceName: key.raceName,
    category: race.category,
    resultsFinal: race.resultsFinal,
    basis,
    lastEditionConstant: lastConstant,
    rows: scores.map(({ bib, timeSeconds, score, status, low, high }) => ({ bib, timeSeconds, score, status, low, high })),
  };
}

/**
 * R5/R20: works out the race's edition constant from its finishers (official scores, else the field and the
 * course's last edition) and keeps it on the race, for the dashboards' provisional scores (constant / time).
 * Run by each import, in its transaction; writes only when the constant changed (a races update refreshes
 * every dashboard).
 */
export async function refreshEditionConstant(db: Db | Tx, raceId: number): Promise<void> {
  const [race] = await db
    .select({ id: races.id, name: races.name, date: races.date, category: races.category, eventName: events.name, year: events.year })
    .from(races)
    .innerJoin(events, eq(events.id, races.eventId))
    .where(eq(races.id, raceId))
    .limit(1);
  if (!race) return;
  const finishers = await db
    .select({ runnerId: results.runnerId, bib: results.bib, timeSeconds: results.timeSeconds, utmbScore: results.utmbScore, fileIndex: results.fileIndex })
    .from(results)
    .where(and(eq(results.raceId, race.id), eq(results.status, "finisher")));
  const [indexes, lastConstant] = await Promise.all([
    race.category ? categoryIndexes(db, race.id, race.category, race.date) : Promise.resolve(new Map<number, number>()),
    lastEditionConstant(db, { eventName: race.eventName, year: race.year, raceName: race.name }),
  ]);
  const constant = estimateEditionConstant(
    finishers.map((f) => ({
      bib: f.bib,
      timeSeconds: f.timeSeconds === 0 ? null : f.timeSeconds,
      officialScore: f.utmbScore,
      categoryIndex: f.fileIndex !== null && f.fileIndex > 0 ? f.fileIndex : (indexes.get(f.runnerId) ?? null),
    })),
    { lastEditionConstant: lastConstant },
  );
  const next = { constant: constant?.constant ?? null, low: constant?.low ?? null, high: constant?.high ?? null, basis: constant?.basis ?? null };
  await db
    .update(races)
    .set({ scoreConstant: next.constant, scoreConstantLow: next.low, scoreConstantHigh: next.high, scoreConstantBasis: next.basis })
    .where(
      and(
        eq(races.id, race.id),
        sql`(${races.scoreConstant}, ${races.scoreConstantLow}, ${races.scoreConstantHigh}, ${races.scoreConstantBasis}) is distinct from (${next.constant}::double precision, ${next.low}::double precision, ${next.high}::double precision, ${next.basis}::text)`,
      ),
    );
}

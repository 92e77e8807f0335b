import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { events, qualifications, races, results, runners } from "@/db/schema";
import { candidateEditionsForRaceDate, isInQualificationPeriod } from "@/lib/domain/edition";
import { finalsQualifierRaces } from "@/lib/domain/finals-qualifier";
import { evaluateRace, type QualificationReason } from "@/lib/domain/qualification";
import { rankFinishersBySex } from "@/lib/domain/ranking";
import type { RaceResult } from "@/lib/domain/race-result";
import type { FinalsRace, IsoDate, Sex } from "@/lib/domain/types";
import { editionConfigLoader } from "./editions";
import { reasonToRow } from "./qualification-rows";
import { refreshRunnerIndexes } from "./runner-indexes";

/** A runner who was not qualified for a Finals race of an edition before the recompute and is now. */
export interface NewQualifier {
  runnerId: number;
  runnerName: string;
  sex: Sex;
  editionYear: number;
  finalsRace: FinalsRace;
  raceId: number;
  reasons: QualificationReason[];
}

export interface RecomputeSummary {
  races: number;
  results: number;
  qualifications: number;
  newlyQualified: NewQualifier[];
}

const CHUNK = 1000;
const RACE_BATCH = 200;
/** Results read per statement: on the embedded database a statement holds the one connection (issue 14). */
const READ_PAGE = 5000;

/**
 * Recomputes, with the rules engine, the finisher places by sex (R9) and the direct qualifications
 * (R7-R12) of the given races, or of every race. Runs in the caller's transaction when given one.
 * Works race batch by race batch with set-based reads and writes (never a query per runner).
 */
export async function recomputeQualifications(
  db: Db | Tx,
  scope: { raceIds: number[] } | "all",
  // R6: the day the kept indexes are computed as of (the seed passes its own); by default the calendar's.
  { today = new Date().toISOString().slice(0, 10) }: { today?: IsoDate } = {},
): Promise<RecomputeSummary> {
  const raceIds =
    scope === "all"
      ? (await db.select({ id: races.id }).from(races).orderBy(races.id)).map((r) => r.id)
      : [...new Set(scope.raceIds)];
  const summary: RecomputeSummary = { races: 0, results: 0, qualifications: 0, newlyQualified: [] };
  for (let i = 0; i < raceIds.length; i += RACE_BATCH) {
    const batch = raceIds.slice(i, i + RACE_BATCH);
    const part = await recomputeBatch(db, batch, today);
    summary.races += part.races;
    summary.results += part.results;
    summary.qualifications += part.qualifications;
    summary.newlyQualified.push(...part.newlyQualified);
  }
  return summary;
}

async function recomputeBatch(db: Db | Tx, raceIds: number[], today: IsoDate): Promise<RecomputeSummary> {
  if (raceIds.length === 0) return { races: 0, results: 0, qualifications: 0, newlyQualified: [] };
  const loadEdition = editionConfigLoader(db);

  const raceRows = await db
    .select({ id: races.id, eventId: races.eventId, date: races.date, category: races.category, level: events.level })
    .from(races)
    .innerJoin(events, eq(events.id, races.eventId))
    .where(inArray(races.id, raceIds));
  const eventIds = [...new Set(raceRows.map((r) => r.eventId))];
  const siblingRows = eventIds.length
    ? await db
        .select({ raceId: races.id, eventId: races.eventId, category: races.category, isFinalsQualifier: races.isFinalsQualifier })
        .from(races)
        .where(inArray(races.eventId, eventIds))
    : [];
  const qualifierRaceIds = new Set<number>();
  for (const eventId of eventIds) {
    for (const id of finalsQualifierRaces(siblingRows.filter((r) => r.eventId === eventId))) qualifierRaceIds.add(id); // R11
  }

  const resultRows = await readResults(db, raceIds);
  const byRace = new Map<number, typeof resultRows>();
  for (const row of resultRows) {
    const list = byRace.get(row.raceId);
    if (list) list.push(row);
    else byRace.set(row.raceId, [row]);
  }

  // What the affected runners were qualified for before, to report who is newly qualified.
  const runnerIds = [...new Set(resultRows.map((r) => r.runnerId))];
  const before = new Set<string>();
  for (let i = 0; i < runnerIds.length; i += CHUNK) {
    const rows = await db
      .selectDistinct({ runnerId: qualifications.runnerId, editionYear: qualifications.editionYear, finalsRace: qualifications.finalsRace })
      .from(qualifications)
      .where(inArray(qualifications.runnerId, runnerIds.slice(i, i + CHUNK)));
    for (const r of rows) before.add(`${r.runnerId}:${r.editionYear}:${r.finalsRace}`);
  }

  const placeUpdates: { id: number; place: number | null }[] = [];
  const inserts: (typeof qualifications.$inferInsert)[] = [];
  const newlyQualified: NewQualifier[] = [];
  const seenNew = new Set<string>();
  const runnerById = new Map(resultRows.map((r) => [r.runnerId, r]));

  for (const race of raceRows) {
    const rows = byRace.get(race.id) ?? [];
    const domainRows: RaceResult[] = rows.map((r) => ({
      resultId: r.resultId,
      runnerId: r.runnerId,
      sex: r.sex,
      status: r.status,
      placeBySex: r.placeBySex,
      placeOverall: r.placeOverall,
      timeSeconds: r.timeSeconds,
      utmbScore: r.utmbScore,
      ageGroup: r.ageGroup,
    }));
    const places = rankFinishersBySex(domainRows); // R9: finishers only, ties share
    for (const r of rows) {
      const place = places.get(r.resultId) ?? null;
      if (place !== r.finisherPlaceBySex) placeUpdates.push({ id: r.resultId, place });
    }
    // R8: the editions whose qualification period holds the race date (normally the next year's).
    for (const year of candidateEditionsForRaceDate(race.date)) {
      const edition = await loadEdition(year);
      if (!isInQualificationPeriod(race.date, edition)) continue;
      const qualified = evaluateRace(
        { raceId: race.id, eventLevel: race.level, date: race.date, category: race.category, qualifiesForFinals: qualifierRaceIds.has(race.id) },
        domainRows,
        edition,
      );
      for (const q of qualified) {
        const runnerId = Number(q.runnerId);
        for (const reason of q.reasons) {
          inserts.push({
            editionYear: year,
            runnerId,
            resultId: Number(q.resultId),
            raceId: race.id,
            finalsRace: q.finalsRace,
            ...reasonToRow(reason),
          });
        }
        const key = `${runnerId}:${year}:${q.finalsRace}`;
        if (!before.has(key) && !seenNew.has(key)) {
          seenNew.add(key);
          const runner = runnerById.get(runnerId);
          newlyQualified.push({
            runnerId,
            runnerName: runner?.runnerName ?? "",
            sex: runner?.sex ?? "M",
            editionYear: year,
            finalsRace: q.finalsRace,
            raceId: race.id,
            reasons: q.reasons,
          });
        }
      }
    }
  }

  for (let i = 0; i < placeUpdates.length; i += CHUNK) {
    const values = sql.join(
      placeUpdates.slice(i, i + CHUNK).map((u) => sql`(${u.id}::integer, ${u.place}::integer)`),
      sql`, `,
    );
    await db.execute(
      sql`update ${results} set finisher_place_by_sex = v.place from (values ${values}) as v(id, place) where ${results.id} = v.id`,
    );
  }
  await db.delete(qualifications).where(inArray(qualifications.raceId, raceIds));
  for (let i = 0; i < inserts.length; i += CHUNK) {
    await db.insert(qualifications).values(inserts.slice(i, i + CHUNK));
  }
  // R6: the indexes the review queue sorts by, for the runners of these races who have a request.
  await refreshRunnerIndexes(db, runnerIds, today);
  return { races: raceRows.length, results: resultRows.length, qualifications: inserts.length, newlyQualified };
}

/** The results of the races with their runners, page by page in (race, bib) order (the race-and-bib index). */
async function readResults(db: Db | Tx, raceIds: number[]) {
  const rows = [];
  let after: { raceId: number; bib: string } | null = null;
  for (;;) {
    const page = await db
      .select({
        resultId: results.id,
        raceId: results.raceId,
        bib: results.bib,
        runnerId: results.runnerId,
        runnerName: runners.name,
        sex: runners.sex,
        status: results.status,
        placeBySex: results.placeBySex,
        placeOverall: results.placeOverall,
        timeSeconds: results.timeSeconds,
        utmbScore: results.utmbScore,
        ageGroup: results.ageGroup,
        finisherPlaceBySex: results.finisherPlaceBySex,
      })
      .from(results)
      .innerJoin(runners, eq(runners.id, results.runnerId))
      .where(and(inArray(results.raceId, raceIds), after ? sql`(${results.raceId}, ${results.bib}) > (${after.raceId}, ${after.bib})` : undefined))
      .orderBy(results.raceId, results.bib)
      .limit(READ_PAGE);
    rows.push(...page);
    const last = page.at(-1);
    if (!last || page.length < READ_PAGE) return rows;
    after = { raceId: last.raceId, bib: last.bib };
  }
}

import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { events, qualifications, races, results, runners } from "@/db/schema";
import type { QualificationReason } from "@/lib/domain/qualification";
import type { FinalsRace, IsoDate, Sex } from "@/lib/domain/types";
import { reasonFromRow, storedReasonColumns } from "./qualification-rows";

/** One reason, with the race it came from. */
export type QualifierReason = QualificationReason & {
  raceId: number;
  raceName: string;
  eventName: string;
  date: IsoDate;
  bib: string;
  /** R20: false while the race's results are not final (a live feed). */
  resultsFinal: boolean;
};

/** A runner qualified for a Finals race of an edition (R13), with every reason. */
export interface EditionQualifier {
  runnerId: number;
  runnerName: string;
  externalId: string | null;
  sex: Sex;
  nationality: string | null;
  finalsRace: FinalsRace;
  /** R20: provisional while every reason rests on results not final yet; qualified once one is final. */
  status: "qualified" | "provisional";
  reasons: QualifierReason[];
}

const FINALS_ORDER: Record<FinalsRace, number> = { OCC: 0, CCC: 1, UTMB: 2 };

/**
 * Every runner directly qualified for an edition (the stored result of the rules engine, R7-R12), by
 * Finals race, then women before men, then name.
 */
export async function listEditionQualifiers(db: Db, { editionYear, finalsRace }: { editionYear: number; finalsRace?: FinalsRace }): Promise<EditionQualifier[]> {
  const rows = await db
    .select({
      runnerId: runners.id,
      runnerName: runners.name,
      externalId: runners.externalId,
      sex: runners.sex,
      nationality: runners.nationality,
      finalsRace: qualifications.finalsRace,
      ...storedReasonColumns,
      raceId: races.id,
      raceName: races.name,
      date: races.date,
      resultsFinal: races.resultsFinal,
      eventName: events.name,
      level: events.level,
      bib: results.bib,
    })
    .from(qualifications)
    .innerJoin(runners, eq(runners.id, qualifications.runnerId))
    .innerJoin(races, eq(races.id, qualifications.raceId))
    .innerJoin(events, eq(events.id, races.eventId))
    .innerJoin(results, eq(results.id, qualifications.resultId))
    .where(and(eq(qualifications.editionYear, editionYear), eq(races.staged, false), finalsRace ? eq(qualifications.finalsRace, finalsRace) : undefined))
    .orderBy(asc(runners.name), asc(runners.id), asc(races.date), asc(qualifications.kind));

  const byKey = new Map<string, EditionQualifier>();
  for (const r of rows) {
    const key = `${r.runnerId}:${r.finalsRace}`;
    let q = byKey.get(key);
    if (!q) {
      q = { runnerId: r.runnerId, runnerName: r.runnerName, externalId: r.externalId, sex: r.sex, nationality: r.nationality, finalsRace: r.finalsRace, status: "provisional", reasons: [] };
      byKey.set(key, q);
    }
    const where = { raceId: r.raceId, raceName: r.raceName, eventName: r.eventName, date: r.date, bib: r.bib, resultsFinal: r.resultsFinal };
    q.reasons.push({ ...reasonFromRow(r, r.level), ...where });
    if (r.resultsFinal) q.status = "qualified";
  }
  return [...byKey.values()].sort(
    (a, b) => FINALS_ORDER[a.finalsRace] - FINALS_ORDER[b.finalsRace] || (a.sex < b.sex ? -1 : a.sex > b.sex ? 1 : 0),
  );
}

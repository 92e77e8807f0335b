import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { auditEvents, qualifications, results, runners } from "@/db/schema";
import type { ParsedRaceFile, ParsedRow } from "@/lib/ingest/types";
import { upsertRunners } from "./import-runners";

const CHUNK = 1000;

type ResultValues = Pick<
  typeof results.$inferInsert,
  "runnerId" | "timeSeconds" | "status" | "placeOverall" | "placeBySex" | "ageGroup" | "placeInAgeGroup" | "age" | "utmbScore" | "fileIndex"
>;
const COMPARED: (keyof ResultValues)[] = [
  "runnerId", "timeSeconds", "status", "placeOverall", "placeBySex", "ageGroup", "placeInAgeGroup", "age", "utmbScore", "fileIndex",
];

/** Equal as stored: the score and index columns are 4-byte floats, so compare at that precision. */
function sameValue(key: keyof ResultValues, a: unknown, b: unknown): boolean {
  if ((key === "utmbScore" || key === "fileIndex") && typeof a === "number" && typeof b === "number") return Math.fround(a) === Math.fround(b);
  return (a ?? null) === (b ?? null);
}

/** The stored values of a file's row, for its runner. */
export function resultValues(row: ParsedRow, runnerId: number): ResultValues {
  return {
    runnerId,
    timeSeconds: row.timeSeconds,
    status: row.status,
    placeOverall: row.placeOverall,
    placeBySex: row.placeBySex,
    ageGroup: row.ageGroup,
    placeInAgeGroup: row.placeInAgeGroup,
    age: row.age,
    utmbScore: row.utmbScore,
    fileIndex: row.utmbIndex ?? null,
  };
}

/** Which import a change is recorded under: a row's (by bib), or the whole file's (null: a removal). */
export type ImportOf = (bib: string | null) => { importId: number | null; reason: string };

export type RowOutcome = "inserted" | "updated" | "unchanged";

/**
 * Upserts the file's results by bib and, for a full file, removes the race's results it no longer lists.
 * The rows may come from several files of a live feed written together (their bibs distinct): `importOf`
 * names the import of each change, and `outcome` says what became of each bib.
 */
export async function writeResults(tx: Tx, raceId: number, parsed: Pick<ParsedRaceFile, "rows">, how: { partial: boolean; actor: string | null; importOf: ImportOf }) {
  const existing = await tx
    .select({
      id: results.id,
      bib: results.bib,
      runnerId: results.runnerId,
      runnerExternalId: runners.externalId,
      timeSeconds: results.timeSeconds,
      status: results.status,
      placeOverall: results.placeOverall,
      placeBySex: results.placeBySex,
      ageGroup: results.ageGroup,
      placeInAgeGroup: results.placeInAgeGroup,
      age: results.age,
      utmbScore: results.utmbScore,
      fileIndex: results.fileIndex,
    })
    .from(results)
    .innerJoin(runners, eq(runners.id, results.runnerId))
    // A part of the race (a live push) only meets the rows of its own bibs; a full file (or a big part), every row.
    .where(how.partial && parsed.rows.length <= CHUNK ? and(eq(results.raceId, raceId), inArray(results.bib, [...new Set(parsed.rows.map((r) => r.bib))])) : eq(results.raceId, raceId));
  const existingByBib = new Map(existing.map((r) => [r.bib, r]));
  const runnerOf = await upsertRunners(tx, parsed.rows, existingByBib, (bib) => how.importOf(bib).importId);
  const outcome = new Map<string, RowOutcome>();

  const inserts: (typeof results.$inferInsert)[] = [];
  const updates: { id: number; values: ResultValues }[] = [];
  const audits: (typeof auditEvents.$inferInsert)[] = [];
  let unchanged = 0;
  for (const row of parsed.rows) {
    const values = resultValues(row, runnerOf.get(row.bib) as number);
    const old = existingByBib.get(row.bib);
    if (!old) {
      inserts.push({ raceId, bib: row.bib, ...values });
      outcome.set(row.bib, "inserted");
      continue;
    }
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of COMPARED) {
      if (!sameValue(key, old[key], values[key])) {
        before[key] = old[key] ?? null;
        after[key] = values[key] ?? null;
      }
    }
    if (Object.keys(after).length === 0) {
      unchanged++;
      outcome.set(row.bib, "unchanged");
      continue;
    }
    updates.push({ id: old.id, values });
    outcome.set(row.bib, "updated");
    audits.push({
      actorUserId: how.actor,
      ...how.importOf(row.bib),
      entityType: "result",
      entityId: String(old.id),
      action: "updated",
      details: { raceId, bib: row.bib, line: row.line, before, after },
    });
  }

  // A full file is the race's result list: a row it no longer has is gone (a runner taken off the podium
  // loses the place). Its qualifications go first; the recompute then rebuilds the race's.
  const inFile = new Set(parsed.rows.map((r) => r.bib));
  const removed = how.partial ? [] : existing.filter((r) => !inFile.has(r.bib));
  for (const r of removed) {
    const { id, runnerExternalId, ...before } = r;
    const file = how.importOf(null);
    audits.push({
      actorUserId: how.actor,
      importId: file.importId,
      entityType: "result",
      entityId: String(id),
      action: "removed",
      reason: `${file.reason}: not in the corrected file`,
      details: { raceId, before: { ...before, runnerExternalId }, after: null },
    });
  }
  const removedIds = removed.map((r) => r.id);
  for (let i = 0; i < removedIds.length; i += CHUNK) {
    const chunk = removedIds.slice(i, i + CHUNK);
    await tx.delete(qualifications).where(inArray(qualifications.resultId, chunk));
    await tx.delete(results).where(inArray(results.id, chunk));
  }
  for (let i = 0; i < inserts.length; i += CHUNK) {
    await tx.insert(results).values(inserts.slice(i, i + CHUNK));
  }
  for (let i = 0; i < updates.length; i += CHUNK) {
    await updateResults(tx, updates.slice(i, i + CHUNK));
  }
  for (let i = 0; i < audits.length; i += CHUNK) {
    await tx.insert(auditEvents).values(audits.slice(i, i + CHUNK));
  }
  return { runnerOf, outcome, inserted: inserts.length, updated: updates.length, unchanged, removed: removed.length };
}

/** One statement per chunk: the new values of every changed result. */
async function updateResults(tx: Tx, chunk: { id: number; values: ResultValues }[]) {
  const rows = sql.join(
    chunk.map(
      ({ id, values: v }) =>
        sql`(${id}::integer, ${v.runnerId}::integer, ${v.timeSeconds ?? null}::integer, ${v.status}::result_status, ${v.placeOverall ?? null}::integer, ${v.placeBySex ?? null}::integer, ${v.ageGroup ?? null}::text, ${v.placeInAgeGroup ?? null}::integer, ${v.age ?? null}::smallint, ${v.utmbScore ?? null}::real, ${v.fileIndex ?? null}::real)`,
    ),
    sql`, `,
  );
  await tx.execute(sql`
    update ${results} set
      runner_id = v.runner_id, time_seconds = v.time_seconds, status = v.status, place_overall = v.place_overall,
      place_by_sex = v.place_by_sex, age_group = v.age_group, place_in_age_group = v.place_in_age_group, age = v.age,
      utmb_score = v.utmb_score, file_index = v.file_index, updated_at = now()
    from (values ${rows}) as v(id, runner_id, time_seconds, status, place_overall, place_by_sex, age_group, place_in_age_group, age, utmb_score, file_index)
    where ${results.id} = v.id`);
}

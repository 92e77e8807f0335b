import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { races, requests, results, runnerIndexes } from "@/db/schema";
import { computeUtmbIndex, type IndexScore } from "@/lib/domain/utmb-index";
import type { IsoDate } from "@/lib/domain/types";

const CHUNK = 1000;

/**
 * R6: recomputes and keeps the index of those of `runnerIds` who have a request (the review queue sorts by
 * it), as of `today`, with the rules engine. Runners without a request are skipped: nothing reads theirs.
 */
export async function refreshRunnerIndexes(db: Db | Tx, runnerIds: readonly number[], today: IsoDate): Promise<number> {
  let kept = 0;
  const unique = [...new Set(runnerIds)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const reviewed = (await db.selectDistinct({ id: requests.runnerId }).from(requests).where(inArray(requests.runnerId, chunk))).map((r) => r.id);
    if (reviewed.length === 0) continue;
    const scoreRows = await db
      .select({ runnerId: results.runnerId, resultId: results.id, score: results.utmbScore, category: races.category, date: races.date })
      .from(results)
      .innerJoin(races, eq(races.id, results.raceId))
      .where(and(inArray(results.runnerId, reviewed), eq(results.status, "finisher"), isNotNull(results.utmbScore), isNotNull(races.category)));
    const byRunner = new Map<number, IndexScore[]>(reviewed.map((id) => [id, []]));
    for (const r of scoreRows) byRunner.get(r.runnerId)?.push({ resultId: r.resultId, score: r.score!, category: r.category!, date: r.date });
    const rows = [...byRunner].map(([runnerId, scores]) => {
      const index = computeUtmbIndex(scores, today);
      return {
        runnerId,
        general: index.general?.value ?? null,
        index20k: index.byCategory["20K"]?.value ?? null,
        index50k: index.byCategory["50K"]?.value ?? null,
        index100k: index.byCategory["100K"]?.value ?? null,
        index100m: index.byCategory["100M"]?.value ?? null,
        computedOn: today,
      };
    });
    await db
      .insert(runnerIndexes)
      .values(rows)
      .onConflictDoUpdate({
        target: runnerIndexes.runnerId,
        set: {
          general: sql`excluded.general`,
          index20k: sql`excluded.index_20k`,
          index50k: sql`excluded.index_50k`,
          index100k: sql`excluded.index_100k`,
          index100m: sql`excluded.index_100m`,
          computedOn: sql`excluded.computed_on`,
          updatedAt: sql`now()`,
        },
      });
    kept += rows.length;
  }
  return kept;
}

/**
 * Demo and e2e data for the elite team's queue: `count` submitted requests (half women, half men) from
 * qualified generated runners (never a story runner or one with an account, so the demo stories and the
 * e2e specs that file requests are untouched), spread over the weeks before "today". A mix of the three
 * types (R14-R16), so the queue shows eligible and not eligible requests.
 */
import { and, asc, eq, isNull, notInArray } from "drizzle-orm";
import type { Db } from "./client";
import * as schema from "./schema";
import { DEMO_STORIES } from "./seed-data";
import { categoryChangeTargets } from "@/lib/domain/requests";
import { nextFinalsEdition } from "@/lib/domain/edition";
import type { FinalsRace, IsoDate, Sex } from "@/lib/domain/types";
import { refreshRunnerIndexes } from "@/lib/data/runner-indexes";

/** Requests `npm start` and the e2e server add to a fresh demo database. */
export const DEMO_QUEUE_REQUESTS = 100;

const REASONS = {
  category_change: "My season changed after a long injury; the shorter race suits my preparation better this year.",
  priority_deferral: "I broke my ankle in training and cannot run the Finals; my certificate is attached.",
  extension: "A stress fracture kept me off racing for most of the qualification period; I ask to qualify in the extended window.",
} as const;

export async function seedQueueRequests(db: Db, { count, today }: { count: number; today: IsoDate }): Promise<number> {
  if (count <= 0) return 0;
  const editionYear = nextFinalsEdition(today);
  const candidates = await db
    .selectDistinctOn([schema.runners.id], { runnerId: schema.runners.id, sex: schema.runners.sex, finalsRace: schema.qualifications.finalsRace })
    .from(schema.qualifications)
    .innerJoin(schema.runners, eq(schema.runners.id, schema.qualifications.runnerId))
    .where(
      and(
        eq(schema.qualifications.editionYear, editionYear),
        isNull(schema.runners.userId),
        notInArray(schema.runners.externalId, DEMO_STORIES.map((s) => s.externalId)),
      ),
    )
    .orderBy(asc(schema.runners.id), asc(schema.qualifications.finalsRace));
  const bySex: Record<Sex, typeof candidates> = { F: candidates.filter((c) => c.sex === "F"), M: candidates.filter((c) => c.sex === "M") };
  const picked = [...bySex.F.slice(0, Math.ceil(count / 2)), ...bySex.M.slice(0, Math.floor(count / 2))];
  const start = Date.parse(`${today}T08:00:00Z`);

  await db.transaction(async (tx) => {
    for (const [i, c] of picked.entries()) {
      const kind = i % 3;
      const type = kind === 0 ? "category_change" : kind === 1 ? "extension" : "priority_deferral";
      const target: FinalsRace = categoryChangeTargets(c.finalsRace)[0] ?? c.finalsRace;
      const from = type === "extension" ? null : c.finalsRace;
      const to = type === "category_change" ? target : type === "extension" ? c.finalsRace : null;
      // Oldest first, about 13 hours apart, all before "today".
      const submittedAt = new Date(start - (picked.length - i) * 13 * 60 * 60 * 1000);
      const [row] = await tx
        .insert(schema.requests)
        .values({ runnerId: c.runnerId, editionYear, type, status: "submitted", fromFinalsRace: from, toFinalsRace: to, reason: REASONS[type], submittedAt })
        .returning({ id: schema.requests.id });
      if (!row) throw new Error("insert into requests returned no row");
      await tx.insert(schema.auditEvents).values({
        entityType: "request",
        entityId: String(row.id),
        action: "submitted",
        reason: REASONS[type],
        details: { type, editionYear, fromFinalsRace: from, toFinalsRace: to, documents: [] },
        createdAt: submittedAt,
      });
    }
    // R6: their indexes, which the review queue sorts by.
    await refreshRunnerIndexes(tx, picked.map((c) => c.runnerId), today);
  });
  return picked.length;
}

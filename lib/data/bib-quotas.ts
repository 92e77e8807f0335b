import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { finalsQuotas } from "@/db/schema";
import type { FinalsRace, Sex } from "@/lib/domain/types";
import { recordAudit } from "./audit";
import { forbidden, isReviewer, type ReviewFailure, type ReviewViewer } from "./review-access";

export const QUOTA_ENTITY = "finals_quota";


// ---------------------------------------------------------------------------------------------------
// Quotas (R14)

export interface QuotaRow {
  editionYear: number;
  finalsRace: FinalsRace;
  sex: Sex;
  bibs: number;
  bibsUsed: number;
  remaining: number;
}

export const quotaColumns = {
  editionYear: finalsQuotas.editionYear,
  finalsRace: finalsQuotas.finalsRace,
  sex: finalsQuotas.sex,
  bibs: finalsQuotas.bibs,
  bibsUsed: finalsQuotas.bibsUsed,
};

export function withRemaining(row: Omit<QuotaRow, "remaining">): QuotaRow {
  return { ...row, remaining: Math.max(0, row.bibs - row.bibsUsed) };
}

export function quotaKey(editionYear: number, finalsRace: FinalsRace, sex: Sex) {
  return and(eq(finalsQuotas.editionYear, editionYear), eq(finalsQuotas.finalsRace, finalsRace), eq(finalsQuotas.sex, sex));
}

export async function readQuota(db: Db | Tx, editionYear: number, finalsRace: FinalsRace, sex: Sex): Promise<QuotaRow | null> {
  const [row] = await db.select(quotaColumns).from(finalsQuotas).where(quotaKey(editionYear, finalsRace, sex)).limit(1);
  return row ? withRemaining(row) : null;
}

/** R14: category-change bibs of an edition per Finals race and sex, with used and remaining. Elite and admin. */
export async function listQuotas(db: Db, viewer: ReviewViewer | null, editionYear: number): Promise<{ ok: true; quotas: QuotaRow[] } | ReviewFailure> {
  if (!isReviewer(viewer)) return forbidden;
  const rows = await db
    .select(quotaColumns)
    .from(finalsQuotas)
    .where(eq(finalsQuotas.editionYear, editionYear))
    .orderBy(asc(finalsQuotas.finalsRace), asc(finalsQuotas.sex));
  return { ok: true, quotas: rows.map(withRemaining) };
}

export interface UpdateQuotaInput {
  editionYear: number;
  finalsRace: FinalsRace;
  sex: Sex;
  bibs: number;
}

/**
 * R14: an admin sets the number of bibs of a race and sex. Never below the bibs already used (the
 * update's condition decides, so a concurrent approval cannot slip under it); audited.
 */
export async function updateQuota(db: Db, viewer: ReviewViewer | null, input: UpdateQuotaInput): Promise<{ ok: true; quota: QuotaRow } | ReviewFailure> {
  if (!viewer || viewer.role !== "admin") return { ok: false, error: "forbidden", needs: "admin" };
  const { editionYear, finalsRace, sex, bibs } = input;
  if (!Number.isInteger(bibs) || bibs < 0) {
    return { ok: false, error: "below-used", quota: null };
  }
  return db.transaction(async (tx) => {
    const before = await readQuota(tx, editionYear, finalsRace, sex);
    if (!before) return { ok: false, error: "not-found", quota: { editionYear, finalsRace, sex } } as const;
    const [updated] = await tx
      .update(finalsQuotas)
      .set({ bibs })
      .where(and(quotaKey(editionYear, finalsRace, sex), sql`${finalsQuotas.bibsUsed} <= ${bibs}`))
      .returning(quotaColumns);
    if (!updated) {
      const now = (await readQuota(tx, editionYear, finalsRace, sex)) ?? before;
      return { ok: false, error: "below-used", quota: { editionYear, finalsRace, sex, bibsUsed: now.bibsUsed } } as const;
    }
    await recordAudit(tx, {
      actorUserId: viewer.id,
      entityType: QUOTA_ENTITY,
      entityId: `${editionYear}-${finalsRace}-${sex}`,
      action: "quota_updated",
      details: { editionYear, finalsRace, sex, from: before.bibs, to: bibs, bibsUsed: updated.bibsUsed },
    });
    return { ok: true, quota: withRemaining(updated) } as const;
  });
}

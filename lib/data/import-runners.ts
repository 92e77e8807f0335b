import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { auditEvents, runners } from "@/db/schema";
import type { ParsedRow } from "@/lib/ingest/types";

const CHUNK = 1000;

export type RunnerIds = Map<string, number> & {
  created: number;
  updated: number;
  /** The bibs whose row created its runner, or updated it. */
  createdBibs: Set<string>;
  updatedBibs: Set<string>;
};

/** No runner yet: ids and counts to fill. */
export function emptyRunnerIds(): RunnerIds {
  return Object.assign(new Map<string, number>(), { created: 0, updated: 0, createdBibs: new Set<string>(), updatedBibs: new Set<string>() });
}

/** What the rows ask of the runners table: the ids already known, the runners to create and to update. */
export interface RunnerPlan {
  known: Map<string, number>;
  toCreate: { bib: string; values: typeof runners.$inferInsert }[];
  toUpdate: { id: number; bib: string; values: Partial<typeof runners.$inferInsert>; before: Record<string, unknown> }[];
}

/**
 * The runner of every row, by bib. Rows with an external id match that runner (name, sex, nationality
 * updated when the file differs); rows without one keep the runner already holding the bib in this race
 * when that runner has no external id either (a re-import), else get a new runner: never merged by name.
 */
export async function upsertRunners(
  tx: Db | Tx,
  rows: readonly ParsedRow[],
  existingByBib: Map<string, { runnerId: number; runnerExternalId: string | null }>,
  /** The import that brought each row (several files of a live feed may be written together). */
  importIdOf: (bib: string) => number | null = () => null,
): Promise<RunnerIds> {
  const plan = await planRunners(tx, rows, existingByBib);
  const out = emptyRunnerIds();
  for (const [bib, id] of plan.known) out.set(bib, id);
  await createRunners(tx, plan.toCreate, out);
  await updateRunners(tx, plan.toUpdate, importIdOf);
  out.created = plan.toCreate.length;
  out.updated = plan.toUpdate.length;
  for (const u of plan.toUpdate) out.updatedBibs.add(u.bib);
  return out;
}

/** Reads what `upsertRunners` would write, writing nothing. */
export async function planRunners(
  tx: Db | Tx,
  rows: readonly ParsedRow[],
  existingByBib: Map<string, { runnerId: number; runnerExternalId: string | null }>,
): Promise<RunnerPlan> {
  const externalIds = rows.flatMap((r) => (r.externalId ? [r.externalId] : []));
  const known = new Map<string, typeof runners.$inferSelect>();
  for (let i = 0; i < externalIds.length; i += CHUNK) {
    const found = await tx.select().from(runners).where(inArray(runners.externalId, externalIds.slice(i, i + CHUNK)));
    for (const r of found) if (r.externalId) known.set(r.externalId, r);
  }

  const sameBibRunnerIds = rows.flatMap((r) => {
    const old = existingByBib.get(r.bib);
    return !r.externalId && old && old.runnerExternalId === null ? [old.runnerId] : [];
  });
  const sameBib = new Map<number, typeof runners.$inferSelect>();
  for (let i = 0; i < sameBibRunnerIds.length; i += CHUNK) {
    const found = await tx.select().from(runners).where(inArray(runners.id, sameBibRunnerIds.slice(i, i + CHUNK)));
    for (const r of found) sameBib.set(r.id, r);
  }

  const plan: RunnerPlan = { known: new Map(), toCreate: [], toUpdate: [] };
  for (const row of rows) {
    const current = row.externalId ? known.get(row.externalId) : sameBib.get(existingByBib.get(row.bib)?.runnerId ?? -1);
    if (!current) {
      plan.toCreate.push({
        bib: row.bib,
        values: { externalId: row.externalId, name: row.name, sex: row.sex, nationality: row.nationality, birthYear: row.birthYear },
      });
      continue;
    }
    plan.known.set(row.bib, current.id);
    const values: Partial<typeof runners.$inferInsert> = {};
    if (current.name !== row.name) values.name = row.name;
    if (current.sex !== row.sex) values.sex = row.sex;
    if (row.nationality !== null && current.nationality !== row.nationality) values.nationality = row.nationality;
    if (current.birthYear === null && row.birthYear !== null) values.birthYear = row.birthYear;
    if (Object.keys(values).length > 0) {
      const before = Object.fromEntries(Object.keys(values).map((k) => [k, current[k as keyof typeof current]]));
      plan.toUpdate.push({ id: current.id, bib: row.bib, values, before });
    }
  }
  return plan;
}

/** Inserts the new runners and sets their ids, by bib, in `ids` (and their bibs in `ids.createdBibs`). */
export async function createRunners(tx: Db | Tx, toCreate: RunnerPlan["toCreate"], ids: RunnerIds): Promise<void> {
  for (let i = 0; i < toCreate.length; i += CHUNK) {
    const chunk = toCreate.slice(i, i + CHUNK);
    const created = await tx.insert(runners).values(chunk.map((c) => c.values)).returning({ id: runners.id });
    // PostgreSQL returns the rows of a multi-row insert in the order of its VALUES list.
    created.forEach((r, j) => ids.set(chunk[j]?.bib ?? "", r.id));
  }
  for (const c of toCreate) ids.createdBibs.add(c.bib);
}

/** Writes the changed runners, each change audited under the import of its row. */
export async function updateRunners(tx: Db | Tx, toUpdate: RunnerPlan["toUpdate"], importIdOf: (bib: string) => number | null): Promise<void> {
  for (const u of toUpdate) {
    await tx.update(runners).set(u.values).where(eq(runners.id, u.id));
  }
  const audits = toUpdate.map((u) => ({
    importId: importIdOf(u.bib),
    entityType: "runner",
    entityId: String(u.id),
    action: "updated",
    reason: "results import",
    details: { before: u.before, after: u.values },
  }));
  for (let i = 0; i < audits.length; i += CHUNK) await tx.insert(auditEvents).values(audits.slice(i, i + CHUNK));
}

import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
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

/**
 * The runner of every row, by bib. Rows with an external id match that runner (name, sex, nationality
 * updated when the file differs); rows without one keep the runner already holding the bib in this race
 * when that runner has no external id either (a re-import), else get a new runner: never merged by name.
 */
export async function upsertRunners(
  tx: Tx,
  rows: readonly ParsedRow[],
  existingByBib: Map<string, { runnerId: number; runnerExternalId: string | null }>,
  /** The import that brought each row (several files of a live feed may be written together). */
  importIdOf: (bib: string) => number | null = () => null,
): Promise<RunnerIds> {
  const out: RunnerIds = Object.assign(new Map<string, number>(), { created: 0, updated: 0, createdBibs: new Set<string>(), updatedBibs: new Set<string>() });
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

  const toCreate: { bib: string; values: typeof runners.$inferInsert }[] = [];
  const toUpdate: { id: number; bib: string; values: Partial<typeof runners.$inferInsert>; before: Record<string, unknown> }[] = [];
  for (const row of rows) {
    const current = row.externalId ? known.get(row.externalId) : sameBib.get(existingByBib.get(row.bib)?.runnerId ?? -1);
    if (!current) {
      toCreate.push({
        bib: row.bib,
        values: { externalId: row.externalId, name: row.name, sex: row.sex, nationality: row.nationality, birthYear: row.birthYear },
      });
      continue;
    }
    out.set(row.bib, current.id);
    const values: Partial<typeof runners.$inferInsert> = {};
    if (current.name !== row.name) values.name = row.name;
    if (current.sex !== row.sex) values.sex = row.sex;
    if (row.nationality !== null && current.nationality !== row.nationality) values.nationality = row.nationality;
    if (current.birthYear === null && row.birthYear !== null) values.birthYear = row.birthYear;
    if (Object.keys(values).length > 0) {
      const before = Object.fromEntries(Object.keys(values).map((k) => [k, current[k as keyof typeof current]]));
      toUpdate.push({ id: current.id, bib: row.bib, values, before });
    }
  }

  for (let i = 0; i < toCreate.length; i += CHUNK) {
    const chunk = toCreate.slice(i, i + CHUNK);
    const ids = await tx.insert(runners).values(chunk.map((c) => c.values)).returning({ id: runners.id });
    // PostgreSQL returns the rows of a multi-row insert in the order of its VALUES list.
    ids.forEach((r, j) => out.set(chunk[j]?.bib ?? "", r.id));
  }
  for (const u of toUpdate) {
    await tx.update(runners).set(u.values).where(eq(runners.id, u.id));
  }
  if (toUpdate.length > 0) {
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
  out.created = toCreate.length;
  out.updated = toUpdate.length;
  for (const c of toCreate) out.createdBibs.add(c.bib);
  for (const u of toUpdate) out.updatedBibs.add(u.bib);
  return out;
}


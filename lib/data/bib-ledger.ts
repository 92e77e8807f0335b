import "server-only";
import { and, asc, countDistinct, eq, like, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, finalsQuotas, finalsRegistrations, qualifications, races, requests, runners, users } from "@/db/schema";
import { buildBibLedger, publicLedger, type BibLedger, type LedgerQuotaChange, type LedgerRow } from "@/lib/domain/bib-ledger";
import { FINALS_RACES, SEXES, type FinalsRace, type Sex } from "@/lib/domain/types";
import { QUOTA_ENTITY } from "./bib-quotas";
import { forbidden, isReviewer, type ReviewFailure, type ReviewViewer } from "./review-access";
import { requestCoreColumns } from "@/lib/data/request-columns";

function isFinalsRace(value: unknown): value is FinalsRace {
  return typeof value === "string" && (FINALS_RACES as readonly string[]).includes(value);
}
function isSex(value: unknown): value is Sex {
  return typeof value === "string" && (SEXES as readonly string[]).includes(value);
}

/** Reads the records of one edition (quotas, qualifications, registrations, requests, quota audits) and counts them. */
async function readLedger(db: Db, editionYear: number): Promise<BibLedger> {
  const [quotas, qualified, registered, requestRows, quotaAudits] = await Promise.all([
    db
      .select({ finalsRace: finalsQuotas.finalsRace, sex: finalsQuotas.sex, bibs: finalsQuotas.bibs, bibsUsed: finalsQuotas.bibsUsed })
      .from(finalsQuotas)
      .where(eq(finalsQuotas.editionYear, editionYear)),
    db
      .select({ finalsRace: qualifications.finalsRace, sex: runners.sex, n: countDistinct(qualifications.runnerId) })
      .from(qualifications)
      .innerJoin(runners, eq(runners.id, qualifications.runnerId))
      .innerJoin(races, eq(races.id, qualifications.raceId))
      .where(and(eq(qualifications.editionYear, editionYear), eq(races.staged, false)))
      .groupBy(qualifications.finalsRace, runners.sex),
    db
      .select({ finalsRace: finalsRegistrations.finalsRace, sex: runners.sex, n: countDistinct(finalsRegistrations.runnerId) })
      .from(finalsRegistrations)
      .innerJoin(runners, eq(runners.id, finalsRegistrations.runnerId))
      .where(and(eq(finalsRegistrations.editionYear, editionYear), eq(finalsRegistrations.status, "registered")))
      .groupBy(finalsRegistrations.finalsRace, runners.sex),
    db
      .select({
        ...requestCoreColumns,
        sex: runners.sex,
        runnerName: runners.name,
        decidedAt: requests.decidedAt,
        decidedByName: users.name,
        decisionReason: requests.decisionReason,
      })
      .from(requests)
      .innerJoin(runners, eq(runners.id, requests.runnerId))
      .leftJoin(users, eq(users.id, requests.decidedBy))
      // R15: a deferral approved for the edition before moves a priority into this one.
      .where(or(eq(requests.editionYear, editionYear), and(eq(requests.editionYear, editionYear - 1), eq(requests.type, "priority_deferral"), eq(requests.status, "approved")))),
    db
      .select({ at: auditEvents.createdAt, details: auditEvents.details, byName: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(and(eq(auditEvents.entityType, QUOTA_ENTITY), eq(auditEvents.action, "quota_updated"), like(auditEvents.entityId, `${editionYear}-%`)))
      .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id)),
  ]);
  const quotaChanges: LedgerQuotaChange[] = quotaAudits.flatMap((a) => {
    const d = a.details ?? {};
    return isFinalsRace(d.finalsRace) && isSex(d.sex) && typeof d.from === "number" && typeof d.to === "number"
      ? [{ at: a.at, finalsRace: d.finalsRace, sex: d.sex, from: d.from, to: d.to, byName: a.byName }]
      : [];
  });
  return buildBibLedger({
    editionYear,
    quotas,
    qualified: qualified.map((q) => ({ ...q, n: Number(q.n) })),
    registered: registered.map((q) => ({ ...q, n: Number(q.n) })),
    requests: requestRows,
    quotaChanges,
  });
}

/** R14-R17: the bib ledger of an edition with every movement, who decided it and why. Elite and admin only. */
export async function getBibLedger(db: Db, viewer: ReviewViewer | null, editionYear: number): Promise<{ ok: true; ledger: BibLedger } | ReviewFailure> {
  if (!isReviewer(viewer)) return forbidden;
  return { ok: true, ledger: await readLedger(db, editionYear) };
}

/** The public summary of an edition's bibs: counts per Finals race and sex, no names, no reasons. Anyone may read it. */
export async function getPublicBibSummary(db: Db, editionYear: number): Promise<{ editionYear: number; rows: LedgerRow[] }> {
  return publicLedger(await readLedger(db, editionYear));
}

import "server-only";
import { and, asc, count, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditEvents, finalsRegistrations, qualifications, races, requestDocuments, requests, results, users } from "@/db/schema";
import { grantsForEdition } from "@/lib/domain/grants";
import { isFinalsCategory } from "@/lib/domain/km-effort";
import type { CategoryScore, Eligibility, RequestStatus, RequestType } from "@/lib/domain/requests";
import { daysWaiting, requestEligibility, scoreRuleFor, thresholdFor, type QueueRowFacts } from "@/lib/domain/review-queue";
import type { FinalsEditionConfig, FinalsRace, IsoDate, RaceCategory, Sex } from "@/lib/domain/types";
import { editionConfigLoader } from "./editions";
import { REQUEST_ENTITY } from "./requests";

interface QueueRowKey {
  id: number;
  type: RequestType;
  status: RequestStatus;
  editionYear: number;
  fromFinalsRace: FinalsRace | null;
  toFinalsRace: FinalsRace | null;
  submittedAt: Date;
  decidedAt: Date | null;
  runnerId: number;
  runnerSex: Sex;
}

const REVIEW_ACTIONS = ["review_started", "approved", "rejected"];

/** Reads, for the rows of one queue page, what their rules need; answers each row's facts. */
export async function loadQueueFacts(db: Db, rows: readonly QueueRowKey[], { today }: { today: IsoDate }): Promise<(row: QueueRowKey) => QueueRowFacts> {
  const ids = rows.map((r) => r.id);
  const runnerIds = [...new Set(rows.map((r) => r.runnerId))];
  const editions = [...new Set(rows.map((r) => r.editionYear))];
  if (ids.length === 0) return () => ({ daysWaiting: 0, documentsCount: 0, bestScore: null, threshold: null, margin: null, eligibility: { eligible: true }, reviewerName: null });
  const loadEdition = editionConfigLoader(db);

  const [documentRows, scoreRows, qualificationRows, approvedRows, registrationRows, auditRows, configs] = await Promise.all([
    db
      .select({ requestId: requestDocuments.requestId, n: count() })
      .from(requestDocuments)
      .where(inArray(requestDocuments.requestId, ids))
      .groupBy(requestDocuments.requestId),
    db
      .select({ runnerId: results.runnerId, category: races.category, date: races.date, score: results.utmbScore })
      .from(results)
      .innerJoin(races, eq(races.id, results.raceId))
      .where(and(inArray(results.runnerId, runnerIds), eq(results.status, "finisher"), isNotNull(results.utmbScore), isNotNull(races.category))),
    db
      .select({ runnerId: qualifications.runnerId, editionYear: qualifications.editionYear, finalsRace: qualifications.finalsRace, kind: qualifications.kind, category: races.category })
      .from(qualifications)
      .innerJoin(races, eq(races.id, qualifications.raceId))
      .where(and(inArray(qualifications.runnerId, runnerIds), inArray(qualifications.editionYear, editions))),
    db
      .select({ requestId: requests.id, runnerId: requests.runnerId, type: requests.type, editionYear: requests.editionYear, fromFinalsRace: requests.fromFinalsRace, toFinalsRace: requests.toFinalsRace })
      .from(requests)
      .where(and(inArray(requests.runnerId, runnerIds), eq(requests.status, "approved"))),
    db
      .select({ runnerId: finalsRegistrations.runnerId, editionYear: finalsRegistrations.editionYear, status: finalsRegistrations.status })
      .from(finalsRegistrations)
      .where(and(inArray(finalsRegistrations.runnerId, runnerIds), inArray(finalsRegistrations.editionYear, editions))),
    db
      .select({ entityId: auditEvents.entityId, action: auditEvents.action, name: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(and(eq(auditEvents.entityType, REQUEST_ENTITY), inArray(auditEvents.entityId, ids.map(String)), inArray(auditEvents.action, REVIEW_ACTIONS)))
      .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id)),
    Promise.all(editions.map(async (year) => [year, await loadEdition(year)] as const)),
  ]);

  const documents = new Map(documentRows.map((d) => [d.requestId, Number(d.n)]));
  const editionOf = new Map<number, FinalsEditionConfig>(configs);
  const reviewer = new Map<string, string | null>();
  for (const a of auditRows) reviewer.set(a.entityId, a.name); // the latest wins
  const scores = groupBy(
    scoreRows.flatMap((s) => (isFinalsCategory(s.category) && s.score !== null ? [{ runnerId: s.runnerId, category: s.category, score: s.score, date: s.date }] : [])),
    (s) => s.runnerId,
  );
  const quals = groupBy(qualificationRows, (q) => `${q.runnerId}:${q.editionYear}:${q.finalsRace}`);
  const approved = groupBy(approvedRows, (a) => a.runnerId);
  const registered = new Map<string, "registered" | "cancelled">();
  for (const r of registrationRows) {
    const key = `${r.runnerId}:${r.editionYear}`;
    // A completed registration wins over a cancelled one.
    if (registered.get(key) !== "registered") registered.set(key, r.status);
  }
  const now = new Date();

  return (row) => {
    const edition = editionOf.get(row.editionYear);
    const runnerScores: CategoryScore[] = scores.get(row.runnerId) ?? [];
    const rule = edition ? scoreRuleFor(row, edition, today) : null;
    const best = rule
      ? runnerScores.filter((s) => s.category === rule.category && s.date >= rule.start && s.date <= rule.end).reduce<number | null>((m, s) => (m === null || s.score > m ? s.score : m), null)
      : null;
    const threshold = rule && edition ? thresholdFor(rule, row.runnerSex, edition) : null;
    const fromQuals = row.fromFinalsRace ? (quals.get(`${row.runnerId}:${row.editionYear}:${row.fromFinalsRace}`) ?? []) : [];
    const grants = grantsForEdition(approved.get(row.runnerId) ?? [], row.editionYear).filter((g) => g.finalsRace === row.fromFinalsRace);
    const categories = fromQuals.map((q) => q.category).filter((c): c is RaceCategory => c !== null);
    const registration = registered.get(`${row.runnerId}:${row.editionYear}`);
    const eligibility: Eligibility = edition
      ? requestEligibility(
          {
            ...row,
            sex: row.runnerSex,
            reasons: [...fromQuals.map((q) => q.kind), ...grants.map((g) => g.kind)],
            sourceCategory: categories.length > 0 && categories.every((c) => c === "20K") ? "20K" : null,
            registration: registration ? { status: registration } : null,
            scores: runnerScores,
            submittedOn: row.submittedAt.toISOString().slice(0, 10),
          },
          edition,
        )
      : { eligible: false, reason: `No settings are stored for the ${row.editionYear} Finals.` };
    return {
      daysWaiting: daysWaiting(row.submittedAt, row.decidedAt, now),
      documentsCount: documents.get(row.id) ?? 0,
      bestScore: best,
      threshold,
      margin: best !== null && threshold !== null ? Math.round((best - threshold) * 10) / 10 : null,
      eligibility,
      reviewerName: row.status === "submitted" || row.status === "withdrawn" ? null : (reviewer.get(String(row.id)) ?? null),
    };
  };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

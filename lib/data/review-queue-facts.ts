import "server-only";
import { inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { finalsEditions, requests } from "@/db/schema";
import { defaultEditionConfig } from "@/lib/domain/edition";
import { grantsForEdition } from "@/lib/domain/grants";
import { isFinalsCategory } from "@/lib/domain/km-effort";
import type { CategoryScore, Eligibility, RequestHeader, RequestType } from "@/lib/domain/requests";
import { daysWaiting, requestEligibility, scoreRuleFor, thresholdFor, type QueueRowFacts } from "@/lib/domain/review-queue";
import type { FinalsEditionConfig, FinalsRace, IsoDate, RaceCategory, Sex } from "@/lib/domain/types";
import { editionConfigFromRow } from "./editions";
import { REQUEST_ENTITY } from "./requests";

interface QueueRowKey extends RequestHeader {
  runnerId: number;
}

/** The runner of a queue row, read with its facts (the page query need not join the runners). */
export interface QueueRunner {
  name: string;
  sex: Sex;
  nationality: string | null;
  externalId: string | null;
}

interface FactsRow {
  id: number;
  runner: QueueRunner;
  documents: number;
  scores: { category: RaceCategory | null; date: string; score: number }[] | null;
  qualifications: { finalsRace: FinalsRace; kind: "podium" | "score" | "age_group"; category: RaceCategory | null }[] | null;
  approved: { requestId: number; type: RequestType; editionYear: number; fromFinalsRace: FinalsRace | null; toFinalsRace: FinalsRace | null }[] | null;
  registration: "registered" | "cancelled" | null;
  reviewerName: string | null;
}

/**
 * Reads, for the rows of one queue page, what their rules need, in one round trip (each fact a subquery
 * per request: the page has at most 100), and answers each row's facts.
 */
export async function loadQueueFacts(
  db: Db,
  rows: readonly QueueRowKey[],
  { today }: { today: IsoDate },
): Promise<(row: QueueRowKey) => { runner: QueueRunner; facts: QueueRowFacts }> {
  const ids = rows.map((r) => r.id);
  // Qualified by hand: drizzle leaves the table out of a one-table select, which the subqueries would misread.
  const requestId = sql.raw(`"requests"."id"`);
  const runnerId = sql.raw(`"requests"."runner_id"`);
  const edition = sql.raw(`"requests"."edition_year"`);
  const [factRows, editionRows] = await Promise.all([
    db
      .select({
        id: requests.id,
        runner: sql<QueueRunner>`(select json_build_object('name', ru.name, 'sex', ru.sex, 'nationality', ru.nationality, 'externalId', ru.external_id)
          from runners ru where ru.id = ${runnerId})`,
        documents: sql<number>`(select count(*)::int from request_documents d where d.request_id = ${requestId})`,
        scores: sql<FactsRow["scores"]>`(select json_agg(json_build_object('category', ra.category, 'date', ra.date, 'score', res.utmb_score))
          from results res join races ra on ra.id = res.race_id
          where res.runner_id = ${runnerId} and res.status = 'finisher' and res.utmb_score is not null and ra.category is not null and not ra.staged)`,
        qualifications: sql<FactsRow["qualifications"]>`(select json_agg(json_build_object('finalsRace', q.finals_race, 'kind', q.kind, 'category', ra.category))
          from qualifications q join races ra on ra.id = q.race_id
          where q.runner_id = ${runnerId} and q.edition_year = ${edition} and not ra.staged)`,
        approved: sql<FactsRow["approved"]>`(select json_agg(json_build_object('requestId', a.id, 'type', a.type, 'editionYear', a.edition_year, 'fromFinalsRace', a.from_finals_race, 'toFinalsRace', a.to_finals_race))
          from requests a where a.runner_id = ${runnerId} and a.status = 'approved')`,
        // A completed registration wins over a cancelled one.
        registration: sql<FactsRow["registration"]>`(select fr.status from finals_registrations fr
          where fr.runner_id = ${runnerId} and fr.edition_year = ${edition}
          order by fr.status = 'registered' desc, fr.registered_at desc limit 1)`,
        reviewerName: sql<string | null>`(select u.name from audit_events e left join users u on u.id = e.actor_user_id
          where e.entity_type = ${REQUEST_ENTITY} and e.entity_id = ${requestId}::text and e.action in ('review_started', 'approved', 'rejected')
          order by e.created_at desc, e.id desc limit 1)`,
      })
      .from(requests)
      .where(inArray(requests.id, ids.length > 0 ? ids : [0])),
    db.select().from(finalsEditions).where(inArray(finalsEditions.year, [...new Set(rows.map((r) => r.editionYear))])),
  ]);

  const facts = new Map(factRows.map((f) => [f.id, f as FactsRow]));
  const editionOf = new Map<number, FinalsEditionConfig>(editionRows.map((e) => [e.year, editionConfigFromRow(e)]));
  const now = new Date();

  return (row) => {
    const f = facts.get(row.id);
    if (!f) throw new Error(`queue facts: request ${row.id} vanished`);
    const sex = f.runner.sex;
    const edition = editionOf.get(row.editionYear) ?? defaultEditionConfig(row.editionYear);
    const runnerScores: CategoryScore[] = (f.scores ?? []).flatMap((s) => (isFinalsCategory(s.category) ? [{ category: s.category, score: Number(s.score), date: s.date }] : []));
    const rule = scoreRuleFor(row, edition, today);
    const best = rule
      ? runnerScores.filter((s) => s.category === rule.category && s.date >= rule.start && s.date <= rule.end).reduce<number | null>((m, s) => (m === null || s.score > m ? s.score : m), null)
      : null;
    const threshold = rule ? thresholdFor(rule, sex, edition) : null;
    const fromQuals = (f.qualifications ?? []).filter((q) => q.finalsRace === row.fromFinalsRace);
    const grants = grantsForEdition(f.approved ?? [], row.editionYear).filter((g) => g.finalsRace === row.fromFinalsRace);
    const categories = fromQuals.map((q) => q.category).filter((c): c is RaceCategory => c !== null);
    const registration = f.registration ?? null;
    const eligibility: Eligibility = requestEligibility(
      {
        ...row,
        sex,
        reasons: [...fromQuals.map((q) => q.kind), ...grants.map((g) => g.kind)],
        sourceCategory: categories.length > 0 && categories.every((c) => c === "20K") ? "20K" : null,
        registration: registration ? { status: registration } : null,
        scores: runnerScores,
        submittedOn: row.submittedAt.toISOString().slice(0, 10),
      },
      edition,
    );
    const rowFacts: QueueRowFacts = {
      daysWaiting: daysWaiting(row.submittedAt, row.decidedAt, now),
      documentsCount: f.documents ?? 0,
      bestScore: best,
      threshold,
      margin: best !== null && threshold !== null ? Math.round((best - threshold) * 10) / 10 : null,
      eligibility,
      reviewerName: row.status === "submitted" || row.status === "withdrawn" ? null : f.reviewerName,
    };
    return { runner: f.runner, facts: rowFacts };
  };
}

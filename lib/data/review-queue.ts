import "server-only";
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { finalsEditions, requests, runners } from "@/db/schema";
import { addMonths } from "@/lib/domain/iso-date";
import { CATEGORY_BY_FINALS_RACE } from "@/lib/domain/km-effort";
import { EXTENSION_SCORE_MONTHS, OPEN_REQUEST_STATUSES } from "@/lib/domain/requests";
import { QUEUE_MAX_PAGE_SIZE, type ReviewQueueFilters, type ReviewQueuePage } from "@/lib/domain/review-queue";
import type { IsoDate } from "@/lib/domain/types";
import { FINALS_RACES } from "@/lib/domain/types";
import { forbidden, isReviewer, type ReviewFailure, type ReviewViewer } from "./review-access";
import { loadQueueFacts } from "./review-queue-facts";
import { requestSummaryColumns } from "@/lib/data/request-columns";

const DAY_MS = 24 * 60 * 60 * 1000;

/** `%`, `_` and `\` typed by the reviewer are matched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function queueConditions(filters: ReviewQueueFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.type) where.push(eq(requests.type, filters.type));
  if (filters.status === "open") where.push(inArray(requests.status, OPEN_REQUEST_STATUSES));
  else if (filters.status !== "all") where.push(eq(requests.status, filters.status));
  if (filters.edition !== undefined) where.push(eq(requests.editionYear, filters.edition));
  if (filters.race) {
    const race = or(eq(requests.fromFinalsRace, filters.race), eq(requests.toFinalsRace, filters.race));
    if (race) where.push(race);
  }
  if (filters.sex) where.push(eq(runners.sex, filters.sex));
  // Dates are calendar days in UTC, both ends included.
  if (filters.from) where.push(gte(requests.submittedAt, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to) where.push(lt(requests.submittedAt, new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS)));
  if (filters.q) {
    const pattern = likePattern(filters.q);
    // Names match without regard to case or accents (migration 0003); runner ids as typed.
    const search = or(sql`unaccent(${runners.name}) ilike unaccent(${pattern})`, ilike(runners.externalId, pattern));
    if (search) where.push(search);
  }
  return where;
}

/**
 * The sort keys "score" and "margin" in SQL, so they order every page: the runner's best score in the
 * category of the request's race over the window of its rule (lib/domain/review-queue.ts `scoreRuleFor`:
 * R16's 2 years before today for an extension, else the edition's qualification period), and that score
 * minus the rule's threshold. The page's rows are then judged again by the domain functions.
 */
function scoreSql(today: IsoDate) {
  const race = sql`coalesce(${requests.toFinalsRace}, ${requests.fromFinalsRace})`;
  const category = sql.join(
    [sql`(case ${race}`, ...FINALS_RACES.map((r) => sql`when ${r} then ${CATEGORY_BY_FINALS_RACE[r]}`), sql`end)`],
    sql` `,
  );
  const isExtension = sql`${requests.type} = 'extension'`;
  const start = sql`(case when ${isExtension} then ${addMonths(today, -EXTENSION_SCORE_MONTHS)}::date else ${finalsEditions.qualificationStart} end)`;
  const end = sql`(case when ${isExtension} then ${today}::date else ${finalsEditions.qualificationEnd} end)`;
  // The runner's few results, each checked against its race (a subquery per result keeps that order: joined,
  // the planner started from the window's races and read the runner's results again for each one).
  const best = sql`(select max(res.utmb_score) from results res
    where res.runner_id = ${requests.runnerId} and res.status = 'finisher' and res.utmb_score is not null
      and (select ra.category::text = ${category} and ra.date between ${start} and ${end} and not ra.staged from races ra where ra.id = res.race_id))`;
  // The runner's sex by primary key: a join would read every runner to sort a few thousand requests.
  const sex = sql`(select ru.sex::text from runners ru where ru.id = ${requests.runnerId})`;
  const threshold = sql`((case when ${isExtension} then ${finalsEditions.extensionThresholds} else ${finalsEditions.scoreThresholds} end)
    -> ${sex} ->> ${category})::real`;
  return { best, margin: sql`(${best} - ${threshold})` };
}

/** R6: the runner's General Index as kept by lib/data/runner-indexes.ts (by primary key: no join to sort). */
// Named in full: in a one-table select Drizzle leaves its columns unqualified, and ri has a runner_id too.
const runnerIndexSql = sql<number | null>`(select ri.general from runner_indexes ri where ri.runner_id = "requests"."runner_id")`;

function orderBy(filters: ReviewQueueFilters, today: IsoDate): SQL[] {
  const dir = filters.dir === "asc" ? sql`asc` : sql`desc`;
  const isOpen = inArray(requests.status, OPEN_REQUEST_STATUSES);
  const tie = [asc(requests.submittedAt), asc(requests.id)];
  switch (filters.sort) {
    case "submitted":
      return [filters.dir === "asc" ? asc(requests.submittedAt) : desc(requests.submittedAt), asc(requests.id)];
    case "index":
      return [sql`${runnerIndexSql} ${dir} nulls last`, ...tie];
    case "score":
      return [sql`${scoreSql(today).best} ${dir} nulls last`, ...tie];
    case "margin":
      return [sql`${scoreSql(today).margin} ${dir} nulls last`, ...tie];
    default:
      // Only open requests in view: the order is the submission time (which an index can give).
      if (filters.status === "open" || filters.status === "submitted" || filters.status === "in_review") {
        return filters.dir === "asc" ? [desc(requests.submittedAt), desc(requests.id)] : [asc(requests.submittedAt), asc(requests.id)];
      }
      // Open requests first, longest waiting first (first come, first decided); decided ones after, newest first.
      return [
        sql`case when ${isOpen} then 0 else 1 end`,
        filters.dir === "asc"
          ? sql`case when ${isOpen} then ${requests.submittedAt} end desc`
          : sql`case when ${isOpen} then ${requests.submittedAt} end asc`,
        desc(requests.submittedAt),
        asc(requests.id),
      ];
  }
}

/**
 * R17: the elite team's queue, filtered, sorted and paged, each row with the facts its rule needs (score vs
 * threshold, eligibility, who is reviewing it). Elite and admin only.
 */
export async function listReviewQueue(
  db: Db,
  viewer: ReviewViewer | null,
  filters: ReviewQueueFilters,
  { today }: { today: IsoDate },
): Promise<ReviewQueuePage | ReviewFailure> {
  if (!isReviewer(viewer)) return forbidden;
  const pageSize = Math.min(Math.max(1, Math.trunc(filters.pageSize)), QUEUE_MAX_PAGE_SIZE);
  const page = Math.max(1, Math.trunc(filters.page));
  const where = and(...queueConditions(filters));
  const bySort = filters.sort === "score" || filters.sort === "margin";
  // The runners are joined only when a filter is about them; the page's runners come with its facts.
  const needsRunner = !!filters.sex || !!filters.q;

  const pageQuery = db
    .select({
      ...requestSummaryColumns,
      decidedAt: requests.decidedAt,
      runnerId: requests.runnerId,
      runnerIndex: runnerIndexSql,
    })
    .from(requests)
    .$dynamic();
  const countQuery = db.select({ n: count() }).from(requests).$dynamic();
  if (needsRunner) {
    pageQuery.innerJoin(runners, eq(runners.id, requests.runnerId));
    countQuery.innerJoin(runners, eq(runners.id, requests.runnerId));
  }
  if (bySort) pageQuery.leftJoin(finalsEditions, eq(finalsEditions.year, requests.editionYear));
  const [rows, [totalRow]] = await Promise.all([
    pageQuery
      .where(where)
      .orderBy(...orderBy(filters, today))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    countQuery.where(where),
  ]);
  const total = Number(totalRow?.n ?? 0);

  // The facts are read for the page's rows only, after the limit.
  const factsOf = await loadQueueFacts(db, rows, { today });
  return {
    ok: true,
    page,
    pageSize,
    total,
    rows: rows.map((r) => {
      const { runner, facts } = factsOf(r);
      return {
        id: r.id,
        type: r.type,
        status: r.status,
        editionYear: r.editionYear,
        fromFinalsRace: r.fromFinalsRace,
        toFinalsRace: r.toFinalsRace,
        runner: { id: r.runnerId, ...runner },
        submittedAt: r.submittedAt.toISOString(),
        decidedAt: r.decidedAt?.toISOString() ?? null,
        runnerIndex: r.runnerIndex === null ? null : Math.round(Number(r.runnerIndex)),
        ...facts,
      };
    }),
  };
}

/** The configured Finals editions, newest first (the queue's edition filter, the ledger's edition choice). */
export async function listEditionYears(db: Db): Promise<number[]> {
  const rows = await db.select({ year: finalsEditions.year }).from(finalsEditions).orderBy(desc(finalsEditions.year));
  return rows.map((r) => r.year);
}

/**
 * The next request of the queue after `requestId` with the same filters and sort (the decision panel's
 * "decide and open next", read before deciding); null at the end. A request no longer in the view gives the
 * first one of the view.
 */
export async function nextInQueue(
  db: Db,
  viewer: ReviewViewer | null,
  filters: ReviewQueueFilters,
  requestId: number,
  { today }: { today: IsoDate },
): Promise<number | null> {
  if (!isReviewer(viewer)) return null;
  const bySort = filters.sort === "score" || filters.sort === "margin";
  const joined = db.select({ id: requests.id }).from(requests).innerJoin(runners, eq(runners.id, requests.runnerId)).$dynamic();
  if (bySort) joined.leftJoin(finalsEditions, eq(finalsEditions.year, requests.editionYear));
  // Ids only: a few thousand integers at most, cheaper than paging through the full rows.
  const ids = (await joined.where(and(...queueConditions(filters))).orderBy(...orderBy(filters, today)).limit(10_000)).map((r) => r.id);
  const at = ids.indexOf(requestId);
  if (at >= 0) return ids[at + 1] ?? null;
  return ids.find((id) => id !== requestId) ?? null;
}

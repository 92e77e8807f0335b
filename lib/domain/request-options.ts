/**
 * The one place that decides what a runner may ask (R14-R16, R18) from the facts the data layer loads:
 * the request pages offer exactly what these functions allow, and the server files only what they allow.
 */
import { categoryOfFinalsRace, finalsRaceForCategory, isFinalsCategory } from "./km-effort";
import {
  categoryChangeEligibility,
  categoryChangeTargets,
  extensionEligibility,
  priorityDeferralDeadline,
  priorityDeferralEligibility,
  type CategoryScore,
  type Eligibility,
  type Refusal,
  type RequestType,
} from "./requests";
import type { RunnerDashboard } from "./runner-dashboard";
import { topEliteStatus, type FinalsPlace, type TopEliteStatus } from "./top-elite";
import type { FinalsCategory, FinalsRace, IsoDate, RaceCategory, ScoreThresholds } from "./types";
import { FINALS_RACES } from "./types";

/** A Finals registration (R15): only a completed one can defer its priority. */
export interface FinalsRegistration {
  finalsRace: FinalsRace;
  status: "registered" | "cancelled";
}

/** Everything the request rules need about one runner, loaded by the data layer in one snapshot. */
export interface RequestFacts {
  dashboard: Pick<RunnerDashboard, "runner" | "edition" | "status" | "results" | "index">;
  registration: FinalsRegistration | null;
  /** The open request of each type for the edition, by id (R17: one per type). */
  open: Partial<Record<RequestType, number>>;
  /** The runner's places at the Finals themselves (R18). */
  finalsPlaces: readonly FinalsPlace[];
  /** R18: a Top Elite request approved for the edition. */
  topEliteGranted: boolean;
}

/** One target of a change of category, with the refusal when it cannot be asked. */
export interface CategoryChangeTarget {
  target: FinalsRace;
  eligibility: Eligibility;
}

/** A Finals race the runner is qualified for, and the races they might move to from it. */
export interface CategoryChangeOption {
  from: FinalsRace;
  targets: CategoryChangeTarget[];
}

export interface RequestOptions {
  editionYear: number;
  categoryChange: { eligibility: Eligibility; options: CategoryChangeOption[]; openRequestId: number | null };
  priorityDeferral: {
    eligibility: Eligibility;
    registration: FinalsRegistration | null;
    /** R15: asked before the Finals. */
    deadline: IsoDate;
    openRequestId: number | null;
  };
  extension: {
    eligibility: Eligibility;
    /** R16: the Finals races the runner may apply for (threshold reached, not qualified for it yet). */
    finalsRaces: FinalsRace[];
    /** R16: the best score at or above the threshold, per category reached. */
    evidence: Partial<Record<FinalsCategory, CategoryScore>>;
    thresholds: ScoreThresholds;
    deadline: IsoDate;
    windowEnd: IsoDate;
    openRequestId: number | null;
  };
  topElite: { eligibility: Eligibility; status: TopEliteStatus; granted: boolean; openRequestId: number | null };
}

/** What the runner's form asked for. */
export type AskedRequest =
  | { type: "category_change"; from: FinalsRace; to: FinalsRace }
  | { type: "priority_deferral" }
  | { type: "extension"; finalsRace: FinalsRace }
  | { type: "top_elite" };

/** The request to write, when the rules allow it. */
export interface AllowedRequest {
  type: RequestType;
  fromFinalsRace: FinalsRace | null;
  toFinalsRace: FinalsRace | null;
}

export type RequestJudgement = { ok: true; request: AllowedRequest } | { ok: false; refusal: Refusal };

const refused = (refusal: Refusal) => ({ eligible: false as const, refusal });

/** R14: the category of the results behind a qualification: 20K only when every one of them is a 20K. */
function sourceCategoryOf(facts: RequestFacts, finalsRace: FinalsRace): RaceCategory {
  const { status, results } = facts.dashboard;
  const ids = new Set(status[finalsRace].reasons.flatMap((r) => ("resultId" in r ? [Number(r.resultId)] : [])));
  const categories = results.filter((r) => ids.has(r.resultId)).map((r) => r.category);
  if (categories.length > 0 && categories.every((c) => c === "20K")) return "20K";
  return categoryOfFinalsRace(finalsRace);
}

function judgeCategoryChange(facts: RequestFacts, from: FinalsRace, to: FinalsRace): Eligibility {
  const status = facts.dashboard.status[from];
  return categoryChangeEligibility({
    qualifiedFrom: from,
    reasons: status.status === "qualified" ? status.reasons.map((r) => r.kind) : [],
    sourceCategory: sourceCategoryOf(facts, from),
    target: to,
  });
}

function extensionOption(facts: RequestFacts, today: IsoDate) {
  const { runner, edition, results, status } = facts.dashboard;
  // R16: a UTMB Score at any scored race counts, whatever the event's level.
  const scores: CategoryScore[] = results.flatMap((r) =>
    r.status === "finisher" && r.utmbScore !== null && isFinalsCategory(r.category) && r.date <= today
      ? [{ category: r.category, score: r.utmbScore, date: r.date, raceName: r.raceName, eventName: r.eventName }]
      : [],
  );
  const answer = extensionEligibility({ sex: runner.sex, bestScoresPast2Years: scores, today, edition });
  if (!answer.eligible) return { eligibility: answer as Eligibility, finalsRaces: [] as FinalsRace[], evidence: {} };
  const reached = answer.categories.flatMap((c) => finalsRaceForCategory(c) ?? []);
  // R16: only a runner who could not qualify: never for a race they are already qualified for.
  const finalsRaces = reached.filter((race) => status[race].status !== "qualified");
  const eligibility: Eligibility =
    finalsRaces.length > 0 ? { eligible: true } : refused({ code: "extension-already-qualified", finalsRaces: reached });
  return { eligibility, finalsRaces, evidence: answer.evidence };
}

function openRefusal(facts: RequestFacts, type: RequestType): Eligibility | null {
  const requestId = facts.open[type];
  if (requestId === undefined) return null;
  return refused({ code: "already-open", type, editionYear: facts.dashboard.edition.year, requestId });
}

/** R18: Top Elite may be asked once per edition, by a runner who reached a threshold. */
function topEliteOption(facts: RequestFacts) {
  const { runner, index, edition } = facts.dashboard;
  const status = topEliteStatus({ sex: runner.sex, index, finalsPlaces: facts.finalsPlaces }, edition);
  const eligibility: Eligibility = facts.topEliteGranted
    ? refused({ code: "top-elite-already-granted", editionYear: edition.year })
    : status.reached
      ? { eligible: true }
      : refused({ code: "top-elite-not-reached" });
  return { eligibility, status };
}

/** What the runner may ask for the next Finals edition, each type with its refusal when not. */
export function requestOptions(facts: RequestFacts, today: IsoDate): RequestOptions {
  const { edition, status } = facts.dashboard;
  const options: CategoryChangeOption[] = FINALS_RACES.filter((race) => status[race].status === "qualified").map((from) => ({
    from,
    targets: categoryChangeTargets(from).map((target) => ({ target, eligibility: judgeCategoryChange(facts, from, target) })),
  }));
  const firstRefusal = options.flatMap((o) => o.targets).find((t) => !t.eligibility.eligible)?.eligibility;
  const anyMove = options.some((o) => o.targets.some((t) => t.eligibility.eligible));
  const categoryEligibility: Eligibility =
    openRefusal(facts, "category_change") ??
    (anyMove ? { eligible: true } : options.length === 0 ? refused({ code: "no-qualification", editionYear: edition.year }) : (firstRefusal ?? refused({ code: "no-qualification", editionYear: edition.year })));

  const extension = extensionOption(facts, today);
  const topElite = topEliteOption(facts);
  return {
    editionYear: edition.year,
    categoryChange: { eligibility: categoryEligibility, options, openRequestId: facts.open.category_change ?? null },
    priorityDeferral: {
      eligibility: openRefusal(facts, "priority_deferral") ?? judgeDeferral(facts, today),
      registration: facts.registration,
      deadline: priorityDeferralDeadline(edition.year),
      openRequestId: facts.open.priority_deferral ?? null,
    },
    extension: {
      eligibility: openRefusal(facts, "extension") ?? extension.eligibility,
      finalsRaces: extension.finalsRaces,
      evidence: extension.evidence,
      thresholds: edition.extensionThresholds,
      deadline: edition.extensionDeadline,
      windowEnd: edition.extensionWindowEnd,
      openRequestId: facts.open.extension ?? null,
    },
    topElite: {
      eligibility: openRefusal(facts, "top_elite") ?? topElite.eligibility,
      status: topElite.status,
      granted: facts.topEliteGranted,
      openRequestId: facts.open.top_elite ?? null,
    },
  };
}

function judgeDeferral(facts: RequestFacts, today: IsoDate): Eligibility {
  const editionYear = facts.dashboard.edition.year;
  return priorityDeferralEligibility({
    registration: facts.registration ? { status: facts.registration.status, editionYear } : null,
    editionYear,
    today,
  });
}

/**
 * The server's judgement of a filed request, whatever the form sent: the same rules as `requestOptions`,
 * then the request to write. One open request per type and edition (R17).
 */
export function judgeRequest(facts: RequestFacts, asked: AskedRequest, today: IsoDate): RequestJudgement {
  const open = openRefusal(facts, asked.type);
  if (open && !open.eligible) return { ok: false, refusal: open.refusal };
  switch (asked.type) {
    case "category_change": {
      const eligibility = judgeCategoryChange(facts, asked.from, asked.to);
      if (!eligibility.eligible) return { ok: false, refusal: eligibility.refusal };
      return { ok: true, request: { type: "category_change", fromFinalsRace: asked.from, toFinalsRace: asked.to } };
    }
    case "priority_deferral": {
      const eligibility = judgeDeferral(facts, today);
      if (!eligibility.eligible) return { ok: false, refusal: eligibility.refusal };
      // A deferral is eligible only with a completed registration, so one is there.
      const race = facts.registration?.finalsRace ?? null;
      return { ok: true, request: { type: "priority_deferral", fromFinalsRace: race, toFinalsRace: null } };
    }
    case "extension": {
      const { eligibility, finalsRaces } = extensionOption(facts, today);
      if (!eligibility.eligible) return { ok: false, refusal: eligibility.refusal };
      if (!finalsRaces.includes(asked.finalsRace)) {
        return { ok: false, refusal: { code: "extension-race-not-allowed", finalsRace: asked.finalsRace, allowed: finalsRaces } };
      }
      return { ok: true, request: { type: "extension", fromFinalsRace: null, toFinalsRace: asked.finalsRace } };
    }
    case "top_elite": {
      const { eligibility } = topEliteOption(facts);
      if (!eligibility.eligible) return { ok: false, refusal: eligibility.refusal };
      return { ok: true, request: { type: "top_elite", fromFinalsRace: null, toFinalsRace: null } };
    }
  }
}

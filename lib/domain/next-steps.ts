/**
 * What a runner can or must do next for the coming Finals, in the order that matters, each with its date:
 * register for a race qualified for; ask for a change of category as soon as qualified (R14); apply for the
 * extension by its deadline when eligible (R16); defer the priority if registered and injured (R15); ask
 * for the Top Elite period (R18); the races left in the period. Pure: today and every fact passed in.
 */
import { daysBetween, nextDay } from "./iso-date";
import type { FinalsRaceStatus } from "./qualification";
import type { FinalsRegistration, RequestOptions } from "./request-options";
import type { CategoryScore, RequestType } from "./requests";
import type { TopEliteBasis } from "./top-elite";
import type { EventLevel, FinalsCategory, FinalsEditionConfig, FinalsRace, IsoDate } from "./types";
import { FINALS_CATEGORIES, FINALS_RACES } from "./types";

/** An Event or Major race still to come in the runner's period (R7, R8, R11). */
export interface RaceLeft {
  raceId: number;
  date: IsoDate;
  eventName: string;
  raceName: string;
  eventLevel: EventLevel;
  category: FinalsCategory;
  /** R21: the constant of the course's last edition with published scores, or null (none yet). */
  lastEditionConstant: number | null;
}

/** When a step is due: by a deadline, or from an opening date; with the days left to it. */
export interface StepDate {
  kind: "by" | "from";
  date: IsoDate;
  daysLeft: number;
}

export type NextStep =
  | { kind: "register"; finalsRace: FinalsRace; when: StepDate }
  | { kind: "category_change"; from: FinalsRace; targets: FinalsRace[]; qualifiedOn: IsoDate | null }
  | { kind: "extension"; finalsRaces: FinalsRace[]; evidence: CategoryScore | null; when: StepDate }
  | { kind: "deferral"; finalsRace: FinalsRace; when: StepDate }
  | { kind: "top_elite"; bases: TopEliteBasis[]; period: { start: IsoDate; end: IsoDate } }
  | { kind: "open_request"; type: RequestType; requestId: number }
  | { kind: "races_left"; races: RaceLeft[]; finalsRaces: FinalsRace[]; when: StepDate };

export interface NextStepsInput {
  today: IsoDate;
  edition: Pick<FinalsEditionConfig, "year" | "qualificationEnd" | "extensionDeadline">;
  status: Record<FinalsRace, FinalsRaceStatus>;
  registration: FinalsRegistration | null;
  options: RequestOptions;
  /** Event and Major races from tomorrow to the end of the runner's period, in date order. */
  racesLeft: readonly RaceLeft[];
}

const stepDate = (kind: StepDate["kind"], date: IsoDate, today: IsoDate): StepDate => ({ kind, date, daysLeft: daysBetween(today, date) });

/** The day a qualification was obtained: its earliest dated reason. */
function qualifiedOn(status: FinalsRaceStatus): IsoDate | null {
  const dates = status.reasons.flatMap((r) => ("date" in r ? [r.date] : r.decidedOn ? [r.decidedOn] : []));
  return dates.sort()[0] ?? null;
}

/** The runner's next steps, most pressing first. */
export function nextSteps({ today, edition, status, registration, options, racesLeft }: NextStepsInput): NextStep[] {
  const steps: NextStep[] = [];
  const qualified = FINALS_RACES.filter((race) => status[race].status === "qualified");
  const registered = registration?.status === "registered" ? registration.finalsRace : null;

  // Registrations open once the extension applications are in (R16: "before registrations").
  for (const race of qualified) {
    if (registered === null) steps.push({ kind: "register", finalsRace: race, when: stepDate("from", nextDay(edition.extensionDeadline), today) });
  }
  // R14: ask as soon as the qualification is obtained.
  if (options.categoryChange.eligibility.eligible) {
    for (const option of options.categoryChange.options) {
      const targets = option.targets.filter((t) => t.eligibility.eligible).map((t) => t.target);
      if (targets.length > 0) steps.push({ kind: "category_change", from: option.from, targets, qualifiedOn: qualifiedOn(status[option.from]) });
    }
  }
  // R16: by the deadline, with the score that makes the runner eligible.
  if (options.extension.eligibility.eligible) {
    const evidence = FINALS_CATEGORIES.flatMap((c) => options.extension.evidence[c] ?? [])[0] ?? null;
    steps.push({ kind: "extension", finalsRaces: options.extension.finalsRaces, evidence, when: stepDate("by", options.extension.deadline, today) });
  }
  // R15: only with a completed registration, before the Finals.
  if (options.priorityDeferral.eligibility.eligible && registered) {
    steps.push({ kind: "deferral", finalsRace: registered, when: stepDate("by", options.priorityDeferral.deadline, today) });
  }
  // R18
  if (options.topElite.eligibility.eligible) {
    steps.push({ kind: "top_elite", bases: options.topElite.status.bases, period: options.topElite.status.period });
  }
  for (const type of ["category_change", "extension", "priority_deferral", "top_elite"] as const) {
    const requestId = { category_change: options.categoryChange, extension: options.extension, priority_deferral: options.priorityDeferral, top_elite: options.topElite }[type]
      .openRequestId;
    if (requestId !== null) steps.push({ kind: "open_request", type, requestId });
  }
  // R8: the races left count only for the Finals races not qualified for yet.
  const missing = FINALS_RACES.filter((race) => status[race].status !== "qualified" && !status[race].movedTo);
  if (missing.length > 0 && today <= edition.qualificationEnd) {
    const races = racesLeft.filter((r) => missing.some((race) => status[race].category === r.category));
    steps.push({ kind: "races_left", races, finalsRaces: missing, when: stepDate("by", edition.qualificationEnd, today) });
  }
  return steps;
}

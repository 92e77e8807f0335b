/** The words of the next-step panel in the page's language: one line per step, its date and the days left. */
import type { NextStep, RaceLeft, StepDate } from "@/lib/domain/next-steps";
import type { FinalsEditionConfig, Sex } from "@/lib/domain/types";
import { whatItTakes } from "@/lib/domain/what-it-takes";
import { formatDay } from "@/lib/format/dates";
import { theRace, theRaces, type Words } from "@/lib/i18n/words";
import { formatScore, whatItTakesText } from "@/lib/format/labels";

export interface NextStepView {
  key: string;
  text: string;
  /** "by 30 Nov 2026 · 4 days left", or null for a step with no date. */
  when: string | null;
  /** True when the deadline is a week away or less. */
  urgent: boolean;
  link: { href: string; label: string } | null;
}

function leftText(when: StepDate, { t }: Words): string {
  const days = when.daysLeft;
  if (when.kind === "from") return days <= 0 ? t("nextSteps.openNow") : t("nextSteps.inDays", { days });
  if (days < 0) return t("nextSteps.daysAgo", { days: -days });
  return days === 0 ? t("nextSteps.today") : t("nextSteps.daysLeft", { days });
}

function whenText(when: StepDate, w: Words): string {
  const values = { date: formatDay(when.date, w.locale), left: leftText(when, w) };
  return when.kind === "by" ? w.t("nextSteps.by", values) : w.t("nextSteps.from", values);
}

function view(key: string, text: string, when: StepDate | null, link: NextStepView["link"], w: Words): NextStepView {
  return { key, text, when: when ? whenText(when, w) : null, urgent: when !== null && when.kind === "by" && when.daysLeft <= 7, link };
}

/** R9 and R21 for one race left: its podium route, and the finish time that scores the threshold. */
function raceLeftText(r: RaceLeft, edition: Pick<FinalsEditionConfig, "podiumPlaces" | "scoreThresholds">, sex: Sex, w: Words): string {
  const podium = r.eventLevel === "major" ? edition.podiumPlaces.major : edition.podiumPlaces.event;
  const target = whatItTakesText(whatItTakes({ lastEditionConstant: r.lastEditionConstant, sex, category: r.category }, edition), w.t);
  return w.t("nextSteps.raceLeft", {
    event: r.eventName,
    race: r.raceName,
    category: r.category,
    level: w.t(`labels.level.${r.eventLevel}`),
    date: formatDay(r.date, w.locale),
    podium,
    target,
  });
}

function stepText(step: NextStep, edition: Pick<FinalsEditionConfig, "year" | "podiumPlaces" | "scoreThresholds">, sex: Sex, w: Words): string {
  const { t, locale } = w;
  switch (step.kind) {
    case "register":
      return t("nextSteps.register", { race: theRace(w, step.finalsRace) });
    case "category_change": {
      const values = { targets: theRaces(w, step.targets, "or"), from: theRace(w, step.from) };
      return step.qualifiedOn
        ? t("nextSteps.categoryChangeSince", { ...values, date: formatDay(step.qualifiedOn, locale) })
        : t("nextSteps.categoryChange", values);
    }
    case "extension": {
      const e = step.evidence;
      const apply = t("nextSteps.extension", { races: theRaces(w, step.finalsRaces, "or") });
      if (!e) return apply;
      const facts = { score: formatScore(e.score), category: e.category, date: formatDay(e.date, locale) };
      const evidence = e.eventName ? t("nextSteps.extensionEvidenceAt", { ...facts, event: e.eventName }) : t("nextSteps.extensionEvidence", facts);
      return `${apply} ${evidence}`;
    }
    case "deferral":
      return t("nextSteps.deferral", { race: theRace(w, step.finalsRace), nextYear: edition.year + 1 });
    case "top_elite": {
      const basis = step.bases[0];
      const period = { start: formatDay(step.period.start, locale), end: formatDay(step.period.end, locale) };
      if (!basis) return t("nextSteps.topElite", period);
      return basis.kind === "finals_place"
        ? t("nextSteps.topEliteByPlace", { ...period, place: t("labels.ordinal", { n: basis.place }), race: theRace(w, basis.finalsRace) })
        : t("nextSteps.topEliteByIndex", { ...period, value: basis.value, threshold: basis.threshold });
    }
    case "open_request":
      return t("nextSteps.openRequest", { type: step.type });
    case "races_left": {
      // R21: every race left, with its podium route and the time that scores the threshold (last edition).
      const races = step.finalsRaces.map((race) => theRace(w, race)).join(", ");
      return step.races.length > 0
        ? t("nextSteps.racesLeft", { races, list: step.races.map((r) => raceLeftText(r, edition, sex, w)).join(t("runnerWords.semicolon")) })
        : t("nextSteps.noRaceLeft", { races });
    }
  }
}

function stepLink(step: NextStep, { t }: Words): NextStepView["link"] {
  switch (step.kind) {
    case "category_change":
      return { href: "/requests/new/category-change", label: t("nextSteps.categoryChangeLink") };
    case "extension":
      return { href: "/requests/new/extension", label: t("nextSteps.extensionLink") };
    case "deferral":
      return { href: "/requests/new/priority-deferral", label: t("nextSteps.deferralLink") };
    case "top_elite":
      return { href: "/requests/new/top-elite", label: t("nextSteps.topEliteLink") };
    case "open_request":
      return { href: `/requests/${step.requestId}`, label: t("nextSteps.seeRequest", { id: step.requestId }) };
    default:
      return null;
  }
}

function stepKey(step: NextStep, i: number): string {
  switch (step.kind) {
    case "register":
      return `register-${step.finalsRace}`;
    case "category_change":
      return `change-${step.from}`;
    case "open_request":
      return `open-${step.type}`;
    case "races_left":
      return `races-left-${i}`;
    case "top_elite":
      return "top-elite";
    default:
      return step.kind;
  }
}

export function nextStepViews(
  steps: readonly NextStep[],
  edition: Pick<FinalsEditionConfig, "year" | "podiumPlaces" | "scoreThresholds">,
  sex: Sex,
  w: Words,
): NextStepView[] {
  return steps.map((step, i) => view(stepKey(step, i), stepText(step, edition, sex, w), "when" in step ? step.when : null, stepLink(step, w), w));
}

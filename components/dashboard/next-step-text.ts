/** The words of the next-step panel (English for now): one line per step, its date and the days left. */
import type { NextStep, RaceLeft, StepDate } from "@/lib/domain/next-steps";
import type { FinalsEditionConfig, Sex } from "@/lib/domain/types";
import { whatItTakes } from "@/lib/domain/what-it-takes";
import { describeWhatItTakes, formatDate, formatScore, LEVEL_LABEL, ordinal } from "@/lib/labels";
import { REQUEST_TYPE_LABEL } from "@/components/requests/labels";

export interface NextStepView {
  key: string;
  text: string;
  /** "by 30 Nov 2026 · 4 days left", or null for a step with no date. */
  when: string | null;
  /** True when the deadline is a week away or less. */
  urgent: boolean;
  link: { href: string; label: string } | null;
}

function daysLeft(days: number): string {
  if (days < 0) return `${-days} day${days === -1 ? "" : "s"} ago`;
  if (days === 0) return "today";
  if (days === 1) return "1 day left";
  return `${days} days left`;
}

function whenText(when: StepDate): string {
  const left = when.kind === "by" ? daysLeft(when.daysLeft) : when.daysLeft <= 0 ? "open now" : `in ${when.daysLeft} day${when.daysLeft === 1 ? "" : "s"}`;
  return `${when.kind === "by" ? "by" : "from"} ${formatDate(when.date)} · ${left}`;
}

function view(key: string, text: string, when: StepDate | null, link: NextStepView["link"]): NextStepView {
  return { key, text, when: when ? whenText(when) : null, urgent: when !== null && when.kind === "by" && when.daysLeft <= 7, link };
}

/** R9 and R21 for one race left: its podium route, and the finish time that scores the threshold. */
function raceLeftText(r: RaceLeft, edition: Pick<FinalsEditionConfig, "podiumPlaces" | "scoreThresholds">, sex: Sex): string {
  const podium = r.eventLevel === "major" ? edition.podiumPlaces.major : edition.podiumPlaces.event;
  const target = describeWhatItTakes(whatItTakes({ lastEditionConstant: r.lastEditionConstant, sex, category: r.category }, edition));
  return `${r.eventName}, ${r.raceName} (${r.category}, ${LEVEL_LABEL[r.eventLevel]}, ${formatDate(r.date)}): top ${podium}, or ${target}`;
}

export function nextStepViews(
  steps: readonly NextStep[],
  edition: Pick<FinalsEditionConfig, "year" | "podiumPlaces" | "scoreThresholds">,
  sex: Sex,
): NextStepView[] {
  const editionYear = edition.year;
  return steps.map((step, i): NextStepView => {
    switch (step.kind) {
      case "register":
        return view(`register-${step.finalsRace}`, `Register for ${step.finalsRace}, the race you qualified for: registrations open after the extension applications.`, step.when, null);
      case "category_change":
        return view(
          `change-${step.from}`,
          `Want ${step.targets.join(" or ")} instead of ${step.from}? Ask for a change of category as soon as you are qualified (R14)${step.qualifiedOn ? `: qualified since ${formatDate(step.qualifiedOn)}` : ""}.`,
          null,
          { href: "/requests/new/category-change", label: "Ask for a change of category" },
        );
      case "extension": {
        const e = step.evidence;
        const score = e ? ` Your UTMB Score ${formatScore(e.score)} in a ${e.category} race${e.eventName ? ` at ${e.eventName}` : ""} (${formatDate(e.date)}) makes you eligible (R16).` : "";
        return view(
          "extension",
          `Injured during the qualification period? Apply for a qualification extension for ${step.finalsRaces.join(" or ")}.${score}`,
          step.when,
          { href: "/requests/new/extension", label: "Apply for an extension" },
        );
      }
      case "deferral":
        return view(
          "deferral",
          `Registered for ${step.finalsRace} and injured? Ask to defer your priority to the ${editionYear + 1} Finals before the Finals (R15).`,
          step.when,
          { href: "/requests/new/priority-deferral", label: "Ask for a priority deferral" },
        );
      case "top_elite": {
        const basis = step.bases[0];
        const why = !basis ? "" : basis.kind === "finals_place" ? ` (${ordinal(basis.place)} at ${basis.finalsRace})` : ` (index ${basis.value} ≥ ${basis.threshold})`;
        return view(
          "top-elite",
          `You are Top Elite${why}: ask for the 18-month period, ${formatDate(step.period.start)} to ${formatDate(step.period.end)} (R18).`,
          null,
          { href: "/requests/new/top-elite", label: "Ask for the Top Elite period" },
        );
      }
      case "open_request":
        return view(`open-${step.type}`, `Your ${REQUEST_TYPE_LABEL[step.type].toLowerCase()} request awaits the elite team's decision.`, null, {
          href: `/requests/${step.requestId}`,
          label: `See request #${step.requestId}`,
        });
      case "races_left": {
        // R21: every race left, with its podium route and the time that scores the threshold (last edition).
        const list = step.races.map((r) => raceLeftText(r, edition, sex));
        const more = "";
        return view(
          `races-left-${i}`,
          step.races.length > 0
            ? `Races left in your period for ${step.finalsRaces.join(", ")}: ${list.join("; ")}${more}.`
            : `No World Series Event or Major race is left in your period for ${step.finalsRaces.join(", ")}.`,
          step.when,
          null,
        );
      }
    }
  });
}

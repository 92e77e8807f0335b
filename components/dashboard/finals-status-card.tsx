import type { FinalsRaceStatus, StatusReason } from "@/lib/domain/qualification";
import type { FinalsEditionConfig, Sex } from "@/lib/domain/types";
import { formatDate, formatScore, ordinal, SEX_LABEL } from "@/lib/format";

const FINALS_RACE_NAME = { OCC: "OCC · 50K", CCC: "CCC · 100K", UTMB: "UTMB · 100M" } as const;

function reasonText(reason: StatusReason, sex: Sex): string {
  switch (reason.kind) {
    case "podium":
      return `${ordinal(reason.place)} of the ${SEX_LABEL[sex]} at ${reason.eventName}, ${reason.raceName} (${formatDate(reason.date)}): the top ${reason.podiumPlaces} at a World Series ${reason.level === "major" ? "Major" : "Event"} qualify.`;
    case "score":
      return `UTMB Score ${formatScore(reason.score)} at ${reason.eventName}, ${reason.raceName} (${formatDate(reason.date)}): at or above the threshold of ${reason.threshold}.`;
    case "age_group":
      return `${ordinal(reason.placeInAgeGroup)} in age group ${reason.ageGroup} at ${reason.eventName}, ${reason.raceName} (${formatDate(reason.date)}): an age-group place at a Major.`;
    case "extension":
      return "Qualified in the extended period granted after an injury (until June 30).";
    case "deferral":
      return "Priority deferred from last year's Finals after an injury.";
    case "category_change":
      return "Change of category approved by the elite team.";
  }
}

export interface FinalsStatusCardProps {
  status: FinalsRaceStatus;
  sex: Sex;
  edition: Pick<FinalsEditionConfig, "year" | "qualificationEnd" | "podiumPlaces">;
  today: string;
}

/** R13: one Finals race: qualified with every reason, or not, with what was closest and what is still possible. */
export function FinalsStatusCard({ status, sex, edition, today }: FinalsStatusCardProps) {
  const qualified = status.status === "qualified";
  const periodOpen = today <= edition.qualificationEnd;
  const headingId = `finals-${status.finalsRace}`;
  return (
    <article
      aria-labelledby={headingId}
      className={`rounded-lg border bg-white p-4 ${qualified ? "border-emerald-600" : "border-slate-200"}`}
    >
      <h3 id={headingId} className="text-lg font-semibold">
        {FINALS_RACE_NAME[status.finalsRace]}
      </h3>
      <p className={`mt-1 font-semibold ${qualified ? "text-emerald-800" : "text-slate-700"}`}>
        {qualified ? "Qualified" : "Not qualified yet"}
      </p>
      {qualified ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
          {status.reasons.map((reason, i) => (
            <li key={i}>{reasonText(reason, sex)}</li>
          ))}
        </ul>
      ) : (
        <div className="mt-2 space-y-2 text-sm text-slate-700">
          {status.closest?.bestPlace ? (
            <p>
              Best place: {ordinal(status.closest.bestPlace.place)} at {status.closest.bestPlace.eventName},{" "}
              {status.closest.bestPlace.raceName} (top {status.closest.bestPlace.podiumPlaces} qualify).
            </p>
          ) : null}
          {status.closest?.bestScore ? (
            <p>
              Best score: {formatScore(status.closest.bestScore.score)} at {status.closest.bestScore.eventName},{" "}
              {status.closest.bestScore.raceName}: {Math.ceil(status.closest.bestScore.gap)} points below the threshold of{" "}
              {status.threshold}.
            </p>
          ) : null}
          {!status.closest?.bestPlace && !status.closest?.bestScore ? (
            <p>No {status.category} result at a World Series Event or Major in the qualification period.</p>
          ) : null}
          <p>
            {periodOpen
              ? `Still possible until ${formatDate(edition.qualificationEnd)}: a top ${edition.podiumPlaces.event} at an Event, a top ${edition.podiumPlaces.major} at a Major, or a UTMB Score of ${status.threshold} or more in a ${status.category} race.`
              : `The qualification period for the ${edition.year} Finals ended on ${formatDate(edition.qualificationEnd)}.`}
          </p>
        </div>
      )}
    </article>
  );
}

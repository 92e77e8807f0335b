import type { TopEliteBasis, TopEliteStatus } from "@/lib/domain/top-elite";
import { formatDate, ordinal } from "@/lib/labels";

/** R18: one threshold reached, in words. */
export function topEliteBasisText(basis: TopEliteBasis): string {
  switch (basis.kind) {
    case "general_index":
      return `General Index ${basis.value} (threshold ${basis.threshold})`;
    case "category_index":
      return `${basis.category} Index ${basis.value} (threshold ${basis.threshold})`;
    case "finals_place":
      return `${ordinal(basis.place)} at ${basis.finalsRace} on ${formatDate(basis.date)} (top ${basis.topPlaces})`;
  }
}

/** R18: what makes the runner Top Elite, or that nothing does yet. */
export function TopEliteFacts({ status }: { status: TopEliteStatus }) {
  return (
    <section aria-labelledby="top-elite-facts" className="space-y-2">
      <h2 id="top-elite-facts" className="font-semibold">
        Your Top Elite status
      </h2>
      {status.reached ? (
        <ul className="list-disc space-y-1 pl-5">
          {status.bases.map((b) => (
            <li key={`${b.kind}-${"category" in b ? b.category : "finalsRace" in b ? b.finalsRace : ""}`}>{topEliteBasisText(b)}</li>
          ))}
        </ul>
      ) : (
        <p>Not reached: a valid General or category index at the edition&apos;s threshold, or a top place at the last Finals.</p>
      )}
    </section>
  );
}

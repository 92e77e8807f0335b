/** The seed's Finals registrations: the stories' own, and a few of last season's Event winners. */
import { DEMO_STORIES, SEED_EDITIONS } from "../seed-data";
import { finalsRaceForCategory } from "@/lib/domain/km-effort";
import type { FinalsRace, IsoDate } from "@/lib/domain/types";
import { addDays, type SeedPlan } from "./plan-parts";

export interface PlannedRegistration {
  externalId: string;
  editionYear: number;
  finalsRace: FinalsRace;
  status: "registered" | "cancelled";
  registeredAt: string;
  cancelledAt: string | null;
}

/** The stories' registrations plus a few winners of last season's Events registered for next year's Finals. */
export function plannedRegistrations(plan: SeedPlan, today: IsoDate): PlannedRegistration[] {
  const out: PlannedRegistration[] = [];
  const editionYear = Math.max(...SEED_EDITIONS);
  const at = (daysBefore: number) => `${addDays(today, -daysBefore)}T09:30:00Z`;
  for (const story of DEMO_STORIES) {
    if (!story.registration) continue;
    out.push({
      externalId: story.externalId,
      ...story.registration,
      registeredAt: at(20),
      cancelledAt: story.registration.status === "cancelled" ? at(5) : null,
    });
  }
  const winners: { externalId: string; finalsRace: FinalsRace }[] = [];
  const seen = new Set<string>();
  for (const event of plan.events) {
    if (event.level !== "event" || event.year !== editionYear - 1) continue;
    for (const race of event.races) {
      const finalsRace = race.category ? finalsRaceForCategory(race.category) : null;
      if (!finalsRace || !race.isFinalsQualifier) continue;
      for (const r of race.results) {
        if (r.placeBySex !== 1 || r.status !== "finisher" || r.runner.story || seen.has(r.runner.externalId)) continue;
        seen.add(r.runner.externalId);
        winners.push({ externalId: r.runner.externalId, finalsRace });
      }
    }
  }
  winners.slice(0, 6).forEach((w, i) => {
    const cancelled = i === 5;
    out.push({
      ...w,
      editionYear,
      status: cancelled ? "cancelled" : "registered",
      registeredAt: at(40 - i),
      cancelledAt: cancelled ? at(3) : null,
    });
  });
  return out;
}

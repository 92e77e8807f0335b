/** The seed plan: every event, race and result to insert, built in memory from the PRNG and the stories. */
import { DEMO_STORIES, EVENT_TEMPLATES, FORCED_TIE, type DemoStory, type EventTemplate } from "../seed-data";
import { SeededRandom } from "@/db/random";
import { ageGroupFor } from "@/lib/domain/age-group";
import { kmEffort, raceCategory } from "@/lib/domain/km-effort";
import type { ResultStatus } from "@/lib/domain/types";
import { SEXES } from "@/lib/domain/types";

import { PRNG_SEED, UNPUBLISHED_DAYS, MAX_RESULTS_PER_RUNNER_YEAR, MAX_RACE_SIZE, clamp, addDays, type PlanRunner, type PlanResult, type PlanRace, type PlanEvent, type SeedPlan, makeRunners, type StoryPlacement, raceKey, partitionsFor, weightedSample, SELECTION_TEMPERATURE, raceSizes, assignPlaces, type SeedOptions } from "./plan-parts";

export function buildPlan(options: Required<SeedOptions>): SeedPlan {
  const rng = new SeededRandom(PRNG_SEED);
  const runners = makeRunners(rng, options.runners);
  const generated = runners.filter((r) => r.story === null);

  const placements = new Map<string, StoryPlacement[]>();
  let storyResultCount = 0;
  for (const story of DEMO_STORIES) {
    const runner = runners.find((r) => r.story === story);
    if (!runner) throw new Error(`story runner ${story.key} missing`);
    for (const result of story.results) {
      const key = raceKey(result.event, result.year, result.race);
      placements.set(key, [...(placements.get(key) ?? []), { story, runner, result }]);
      storyResultCount++;
    }
  }

  // Events and races, in calendar order so the per-season caps apply in time order.
  const events: PlanEvent[] = [];
  for (const template of EVENT_TEMPLATES) {
    for (const year of template.years) {
      const date = `${year}-${template.monthDay}`;
      events.push({
        name: template.name,
        country: template.country,
        level: template.level,
        year,
        date,
        races: template.races.map((r) => {
          const officialCategory = r.officialCategory ?? null;
          return {
            name: r.name,
            date: addDays(date, r.dayOffset ?? 0),
            distanceKm: r.distanceKm,
            elevationGainM: r.elevationGainM,
            elevationLossM: r.elevationLossM ?? r.elevationGainM,
            officialCategory,
            // R3: the engine derives the category (official when given, else km-effort).
            category: raceCategory({ distanceKm: r.distanceKm, elevationGainM: r.elevationGainM, officialCategory }),
            isFinalsQualifier: r.isFinalsQualifier ?? true,
            results: [],
          };
        }),
      });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.name < b.name ? -1 : 1));
  const templateByName = new Map<string, EventTemplate>(EVENT_TEMPLATES.map((t) => [t.name, t]));

  const allRaces = events.flatMap((e) => e.races.map((race) => ({ event: e, race })));
  const weights = allRaces.map(({ event, race }) => {
    if (race.date > options.today) return 0;
    return (templateByName.get(event.name)?.size ?? 1) * rng.between(0.6, 1.4);
  });
  const minimums = allRaces.map(({ event, race }) => {
    const list = placements.get(raceKey(event.name, event.year, race.name)) ?? [];
    const isForcedTie = event.name === FORCED_TIE.event && event.year === FORCED_TIE.year && race.name === FORCED_TIE.race;
    // The forced tie needs a field with at least four women, whatever the dataset's size.
    const forcedTieMinimum = isForcedTie ? 30 : 0;
    return Math.max(forcedTieMinimum, list.reduce((sum, p) => sum + partitionsFor(p, event.year).reduce((s, part) => s + part.minimum, 0) + 5, 0));
  });
  const target = Math.max(0, options.results - storyResultCount);
  const playable = allRaces.map(({ race }) => race.date <= options.today);
  const maxSize = Math.min(MAX_RACE_SIZE, Math.floor(generated.length * 0.8));
  const sizes = raceSizes(
    weights.filter((_, i) => playable[i]),
    minimums.filter((_, i) => playable[i]),
    target,
    maxSize,
  );
  const sizeOf = new Map<PlanRace, number>();
  let s = 0;
  allRaces.forEach(({ race }, i) => sizeOf.set(race, playable[i] ? (sizes[s++] ?? 0) : 0));

  const perSeason = new Map<string, number>();
  const seasonCount = (r: PlanRunner, year: number) => perSeason.get(`${r.index}|${year}`) ?? 0;
  for (const event of events) {
    const used = new Set<PlanRunner>();
    // Story races first, so their required runners are still free in this event.
    const hasStory = (race: PlanRace) => placements.has(raceKey(event.name, event.year, race.name));
    const order = [...event.races.filter(hasStory), ...rng.shuffle(event.races.filter((r) => !hasStory(r)))];
    for (const race of order) {
      const size = sizeOf.get(race) ?? 0;
      const stories = placements.get(raceKey(event.name, event.year, race.name)) ?? [];
      if (size === 0 && stories.length === 0) continue;
      // The Finals are every elite's goal: they never count against the season cap.
      const free = generated.filter(
        (r) => !used.has(r) && (event.level === "finals" || seasonCount(r, event.year) < MAX_RESULTS_PER_RUNNER_YEAR),
      );
      const chosen = new Set<PlanRunner>();
      for (const placement of stories) {
        for (const part of partitionsFor(placement, event.year)) {
          const candidates = rng.shuffle(free.filter((r) => !chosen.has(r) && part.test(r, event.year - r.birthYear)));
          if (candidates.length < part.minimum) {
            throw new Error(`Seed: not enough runners for story "${placement.story.key}" in ${race.name} ${event.year}; seed more runners.`);
          }
          for (const r of candidates.slice(0, part.minimum)) chosen.add(r);
        }
      }
      const temperature = SELECTION_TEMPERATURE[event.level];
      const rest = weightedSample(
        rng,
        free.filter((r) => !chosen.has(r)),
        size - chosen.size,
        // Better runners go to bigger races, and everyone prefers their best distance.
        (r) => Math.exp((r.ability + (r.sex === "F" ? 110 : 0) - 600) / temperature + r.categoryOffset[race.category ?? "20K"] / 12),
      );
      const field = [...chosen, ...rest];
      for (const r of field) {
        used.add(r);
        perSeason.set(`${r.index}|${event.year}`, seasonCount(r, event.year) + 1);
      }
      const isForcedTie = event.name === FORCED_TIE.event && event.year === FORCED_TIE.year && race.name === FORCED_TIE.race;
      const scored = race.date <= addDays(options.today, -UNPUBLISHED_DAYS) && !(stories.length === 0 && rng.chance(0.03));
      race.results = raceResults(rng, event, race, field, stories, { scored, forcedTie: isForcedTie });
    }
  }
  return { runners, events };
}

/** Generates, places the stories in, ranks and scores one race's results. */
export function raceResults(
  rng: SeededRandom,
  event: PlanEvent,
  race: PlanRace,
  field: PlanRunner[],
  stories: StoryPlacement[],
  flags: { scored: boolean; forcedTie: boolean },
): PlanResult[] {
  const effort = kmEffort(race.distanceKm, race.elevationGainM);
  // Time for a score of 1000: longer races are run at a slower pace per km-effort.
  const referencePace = (2.0 + 0.0075 * effort) * rng.between(0.93, 1.08);
  const referenceSeconds = effort * referencePace * 60;
  const category = race.category ?? "20K";
  const timeForScore = (score: number) => Math.round((referenceSeconds * 1000) / score);

  const rows: PlanResult[] = field.map((runner) => {
    const raw = runner.ability + runner.categoryOffset[category] + rng.normal(0, 22);
    // Soft ceiling: the best performances bunch up below ~940 instead of hitting a wall.
    const performance = raw > 870 ? 870 + 70 * Math.tanh((raw - 870) / 70) : Math.max(250, raw);
    const fullTime = timeForScore(performance);
    const roll = rng.float();
    const status: ResultStatus = roll < 0.88 ? "finisher" : roll < 0.96 ? "dnf" : roll < 0.99 ? "dns" : "dsq";
    const timeSeconds = status === "finisher" ? fullTime : status === "dnf" ? Math.round(fullTime * rng.between(0.25, 0.9)) : null;
    return unplacedResult(runner, event.year, { status, fullTime, timeSeconds, storyScore: null });
  });

  const finishersByTime = () => rows.filter((r) => r.status === "finisher").sort((a, b) => (a.timeSeconds ?? 0) - (b.timeSeconds ?? 0));
  if (flags.forcedTie) {
    // R9: two women share 3rd place (both qualify by podium), or any two finishers when too few women.
    const women = finishersByTime().filter((r) => r.runner.sex === "F");
    const list = women.length >= 4 ? women : finishersByTime();
    const [a, b] = [list[Math.min(2, list.length - 2)], list[Math.min(3, list.length - 1)]];
    if (a && b && a !== b) b.timeSeconds = a.timeSeconds;
  } else if (stories.length === 0 && rng.chance(0.25)) {
    // Runners crossing the line together share a place.
    const finishers = finishersByTime();
    if (finishers.length > 5) {
      const i = rng.int(4, finishers.length - 1);
      const [prev, row] = [finishers[i - 1], finishers[i]];
      if (prev && row) row.timeSeconds = prev.timeSeconds;
    }
  }

  for (const { runner, result } of stories) {
    const storyTime = timeForScore(result.score);
    for (const part of partitionsFor({ story: runner.story as DemoStory, runner, result }, event.year)) {
      const members = rows.filter((r) => part.test(r.runner, r.age)).sort((a, b) => a.fullTime - b.fullTime || a.runner.index - b.runner.index);
      members.forEach((r, i) => {
        if (i < part.faster) {
          // Exactly `faster` of the group finish ahead of the story runner.
          r.status = "finisher";
          r.timeSeconds = r.fullTime < storyTime * 0.995 ? r.fullTime : Math.round(storyTime * rng.between(0.94, 0.995));
          return;
        }
        if (part.allFinish) r.status = "finisher";
        if (r.status === "finisher") {
          r.timeSeconds = r.fullTime > storyTime * 1.01 ? r.fullTime : Math.round(storyTime * rng.between(1.01, 1.25));
        }
      });
    }
    rows.push(unplacedResult(runner, event.year, { status: "finisher", fullTime: storyTime, timeSeconds: storyTime, storyScore: result.score }));
  }

  // Bibs: elites get the low numbers; each race of an event has its own thousand.
  const raceIndex = event.races.indexOf(race);
  const byRating = rows
    .map((r) => ({ r, rating: (r.storyScore ?? r.runner.ability) + (r.runner.sex === "F" ? 110 : 0) + rng.normal(0, 60) }))
    .sort((a, b) => b.rating - a.rating || a.r.runner.index - b.r.runner.index);
  byRating.forEach(({ r }, i) => (r.bib = String(raceIndex * 1000 + 1 + i)));

  // Places: finishers by time (ties share), then DNFs after every finisher, furthest first.
  const finishers = rows.filter((r) => r.status === "finisher").sort((a, b) => (a.timeSeconds ?? 0) - (b.timeSeconds ?? 0) || a.bib.localeCompare(b.bib));
  assignPlaces(finishers, (r, p) => (r.placeOverall = p));
  for (const sex of SEXES) assignPlaces(finishers.filter((r) => r.runner.sex === sex), (r, p) => (r.placeBySex = p));
  const groups = new Map<string, PlanResult[]>();
  for (const r of finishers) {
    if (r.ageGroup === null) continue;
    const key = `${r.runner.sex}|${r.ageGroup}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) assignPlaces(group, (r, p) => (r.placeInAgeGroup = p));
  const dnfs = rows.filter((r) => r.status === "dnf").sort((a, b) => (b.timeSeconds ?? 0) - (a.timeSeconds ?? 0) || a.bib.localeCompare(b.bib));
  dnfs.forEach((r, i) => (r.placeOverall = finishers.length + i + 1));
  for (const sex of SEXES) {
    const offset = finishers.filter((r) => r.runner.sex === sex).length;
    dnfs.filter((r) => r.runner.sex === sex).forEach((r, i) => (r.placeBySex = offset + i + 1));
  }

  // R5: a score measures speed on the course; only finishers of a published race have one.
  if (flags.scored) {
    for (const r of finishers) r.utmbScore = r.storyScore ?? clamp(Math.round((referenceSeconds * 1000) / (r.timeSeconds ?? 1)), 1, 999);
  }
  return finishers.concat(rows.filter((r) => r.status !== "finisher").sort((a, b) => a.bib.localeCompare(b.bib)));
}

/** A runner's result before places are given (assignPlaces) and scores published. */
function unplacedResult(
  runner: PlanRunner,
  year: number,
  run: Pick<PlanResult, "status" | "fullTime" | "timeSeconds" | "storyScore">,
): PlanResult {
  const age = year - runner.birthYear;
  return { runner, bib: "", ...run, age, ageGroup: ageGroupFor(age), placeOverall: null, placeBySex: null, placeInAgeGroup: null, utmbScore: null };
}

/**
 * R12 age-group places at a Major: per sex, `placesPerSex` Finals places (35) shared among age
 * groups in proportion to each group's share of that sex's finishers (largest remainder).
 *
 * Our choices where the rule is silent (documented in rules.md "Open points"):
 * - The top `podiumPlaces` (10) and each age group's winner always get a place, and count
 *   against their group's share.
 * - A group whose mandatory places exceed its share keeps them all; its share is then fixed at
 *   that number and the places left are re-shared (largest remainder) among the other groups,
 *   repeated until stable, so the sex's total stays at `placesPerSex` unless the mandatory places
 *   alone exceed it.
 * - A tie at a group's cut-off (equal place in the group) lets both in, as ties share a place (R9).
 * - A share larger than the group's finishers is simply not used: no roll-down of unused places.
 * - Finishers without a known age group can qualify by the top 10 only, and are not counted in the
 *   shares (a share of "unknown" has no group to go to).
 */
import { rankFinishersBySex, rankFinishersInAgeGroup } from "./ranking";
import type { RaceResult } from "./race-result";
import type { Sex } from "./types";
import { SEXES } from "./types";

/** An age-group qualifier who is not in the top places by sex. */
export interface AgeGroupPlace {
  ageGroup: string;
  placeInAgeGroup: number;
}

/** How one sex + age group's share was computed, for the elite team's screen and tests. */
export interface AgeGroupAllocation {
  sex: Sex;
  ageGroup: string;
  finishers: number;
  /** The proportional share of `placesPerSex` (largest remainder over all the sex's groups). */
  share: number;
  /** Top-podium finishers and the group winner(s), who always get a place. */
  mandatory: number;
  /** Places the group finally gets: its share after re-sharing, never below `mandatory`. */
  places: number;
  /** Finishers actually qualified from the group (ties at the cut-off can add one). */
  qualified: number;
}

function compareGroups(sizes: ReadonlyMap<string, number>) {
  return (a: string, b: string): number => {
    return (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
  };
}

/**
 * R12: shares `places` among groups in proportion to their sizes by the largest remainder method
 * (Hamilton). Equal remainders go to the larger group, then to the smaller label. Exact integer
 * arithmetic, so equal remainders really are equal. The shares sum to `places` (when any group is
 * non-empty).
 */
export function largestRemainder(sizes: ReadonlyMap<string, number>, places: number): Map<string, number> {
  const total = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  const shares = new Map<string, number>();
  if (total <= 0 || places <= 0) {
    for (const g of sizes.keys()) shares.set(g, 0);
    return shares;
  }
  const remainders: { group: string; remainder: number }[] = [];
  let given = 0;
  for (const [group, n] of sizes) {
    const whole = Math.floor((places * n) / total);
    shares.set(group, whole);
    given += whole;
    remainders.push({ group, remainder: (places * n) % total });
  }
  const byGroup = compareGroups(sizes);
  remainders.sort((a, b) => b.remainder - a.remainder || byGroup(a.group, b.group));
  for (const { group } of remainders.slice(0, places - given)) {
    shares.set(group, (shares.get(group) ?? 0) + 1);
  }
  return shares;
}

/** Places per group once mandatory places above a share are fixed and the rest re-shared. */
function placesWithMandatory(sizes: ReadonlyMap<string, number>, mandatory: ReadonlyMap<string, number>, places: number): Map<string, number> {
  const fixed = new Map<string, number>();
  for (;;) {
    const open = new Map([...sizes].filter(([g]) => !fixed.has(g)));
    const left = places - [...fixed.values()].reduce((s, n) => s + n, 0);
    const shares = largestRemainder(open, Math.max(0, left));
    // Stop when no open group is short of its mandatory places; they all keep their share.
    const shortOfMandatory = [...open.keys()].filter((g) => (mandatory.get(g) ?? 0) > (shares.get(g) ?? 0));
    if (shortOfMandatory.length === 0) {
      for (const [g, s] of shares) fixed.set(g, Math.max(s, mandatory.get(g) ?? 0));
      return fixed;
    }
    for (const g of shortOfMandatory) fixed.set(g, mandatory.get(g) ?? 0);
  }
}

/**
 * R12: the full allocation per sex and age group, youngest group first, women then men.
 * See the module comment for the edge cases.
 */
export function majorAgeGroupAllocation(results: readonly RaceResult[], placesPerSex: number, podiumPlaces: number): AgeGroupAllocation[] {
  const sexPlace = rankFinishersBySex(results);
  const groupPlace = rankFinishersInAgeGroup(results);
  const allocations: AgeGroupAllocation[] = [];
  for (const sex of SEXES) {
    const finishers = results.filter((r) => r.sex === sex && r.status === "finisher" && r.ageGroup !== null);
    const sizes = new Map<string, number>();
    const mandatory = new Map<string, number>();
    for (const r of finishers) {
      const g = r.ageGroup ?? "";
      sizes.set(g, (sizes.get(g) ?? 0) + 1);
      const top = (sexPlace.get(r.resultId) ?? Infinity) <= podiumPlaces;
      const winner = groupPlace.get(r.resultId) === 1;
      // R12: top 10 and group winners always in, counted against the group's share.
      if (top || winner) mandatory.set(g, (mandatory.get(g) ?? 0) + 1);
    }
    const shares = largestRemainder(sizes, placesPerSex);
    const places = placesWithMandatory(sizes, mandatory, placesPerSex);
    for (const g of [...sizes.keys()].sort()) {
      const cut = places.get(g) ?? 0;
      const qualified = finishers.filter((r) => r.ageGroup === g && isInGroupPlaces(r, cut, podiumPlaces, sexPlace, groupPlace)).length;
      allocations.push({
        sex,
        ageGroup: g,
        finishers: sizes.get(g) ?? 0,
        share: shares.get(g) ?? 0,
        mandatory: mandatory.get(g) ?? 0,
        places: cut,
        qualified,
      });
    }
  }
  return allocations;
}

function isInGroupPlaces(
  r: RaceResult,
  cut: number,
  podiumPlaces: number,
  sexPlace: ReadonlyMap<RaceResult["resultId"], number>,
  groupPlace: ReadonlyMap<RaceResult["resultId"], number>,
): boolean {
  const place = groupPlace.get(r.resultId);
  if (place === undefined) return false;
  // Mandatory places hold even past the cut (a tie for the group win, a top-10 in a crowded group).
  return place <= cut || place === 1 || (sexPlace.get(r.resultId) ?? Infinity) <= podiumPlaces;
}

/**
 * R12: the age-group qualifiers of a Major who are NOT in the top `podiumPlaces` by sex (those
 * qualify by R9), keyed by `resultId`, with their place in their age group.
 */
export function allocateMajorAgeGroupPlaces(
  results: readonly RaceResult[],
  placesPerSex: number,
  podiumPlaces: number,
): Map<RaceResult["resultId"], AgeGroupPlace> {
  const sexPlace = rankFinishersBySex(results);
  const groupPlace = rankFinishersInAgeGroup(results);
  const cuts = new Map(majorAgeGroupAllocation(results, placesPerSex, podiumPlaces).map((a) => [`${a.sex}|${a.ageGroup}`, a.places]));
  const qualifiers = new Map<RaceResult["resultId"], AgeGroupPlace>();
  for (const r of results) {
    if (r.status !== "finisher" || r.ageGroup === null) continue;
    if ((sexPlace.get(r.resultId) ?? Infinity) <= podiumPlaces) continue; // R9 already.
    const place = groupPlace.get(r.resultId);
    const cut = cuts.get(`${r.sex}|${r.ageGroup}`) ?? 0;
    if (place !== undefined && (place <= cut || place === 1)) {
      qualifiers.set(r.resultId, { ageGroup: r.ageGroup, placeInAgeGroup: place });
    }
  }
  return qualifiers;
}

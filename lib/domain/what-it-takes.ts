/**
 * R21: the finish time that gives a score at the threshold on a race, from its last edition's constant
 * (R5: score = constant / time, so time = constant / threshold). The threshold is the edition's (R10).
 */
import type { FinalsCategory, FinalsEditionConfig, Sex } from "./types";

export type WhatItTakes =
  /** Every whole-second time under `underSeconds` scores at least `threshold` (on the last edition's constant). */
  | { kind: "finish_time"; threshold: number; underSeconds: number }
  /** No earlier edition with a constant: nothing to aim for yet. */
  | { kind: "no_earlier_edition"; threshold: number };

/** R21 for one runner (their sex) and one race of a Finals category. */
export function whatItTakes(
  { lastEditionConstant, sex, category }: { lastEditionConstant: number | null; sex: Sex; category: FinalsCategory },
  edition: Pick<FinalsEditionConfig, "scoreThresholds">,
): WhatItTakes {
  const threshold = edition.scoreThresholds[sex][category];
  if (!(Number.isFinite(threshold) && threshold > 0)) throw new RangeError(`the ${sex} ${category} threshold must be a positive number, got ${threshold}`);
  if (lastEditionConstant === null) return { kind: "no_earlier_edition", threshold };
  if (!(Number.isFinite(lastEditionConstant) && lastEditionConstant > 0)) {
    throw new RangeError(`the last edition's constant must be a positive number, got ${lastEditionConstant}`);
  }
  // t < ceil(constant / threshold) means constant / t > threshold, for whole seconds.
  return { kind: "finish_time", threshold, underSeconds: Math.ceil(lastEditionConstant / threshold) };
}

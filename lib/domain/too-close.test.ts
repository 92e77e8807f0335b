import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultEditionConfig } from "./edition";
import type { EditionConstant } from "./provisional-score";
import type { FinishLineRace, ProvisionalFinalsStatus } from "./provisional-status";
import { finishLineStatusOf, tooCloseStep, type FinishLineEntry } from "./too-close";

const edition = defaultEditionConfig(2026);
const threshold = edition.scoreThresholds.M["100K"];
const race: FinishLineRace = { eventLevel: "event", category: "100K", date: "2025-06-01", qualifiesForFinals: true, resultsFinal: false };
// 10 hours for the threshold: constant = threshold x 36,000 s, +-8% from the field.
const TIME = 36_000;
const field = (spread: number): EditionConstant => ({ constant: threshold * (TIME + 0.5), low: threshold * TIME * (1 - spread), high: threshold * TIME * (1 + spread), basis: "field" });
const entry = (over: Partial<FinishLineEntry> = {}): FinishLineEntry => ({ sex: "M", status: "finisher", placeBySex: 40, utmbScore: null, timeSeconds: TIME, ...over });

describe("finishLineStatusOf (R20)", () => {
  it("is too close to call when the field's range straddles the threshold", () => {
    expect(finishLineStatusOf(entry(), field(0.08), race, edition)).toMatchObject({ status: "too_close_to_call", finalsRace: "CCC", threshold, score: threshold });
  });

  it("uses the published score when there is one, whatever the constant", () => {
    expect(finishLineStatusOf(entry({ utmbScore: threshold }), field(0.08), race, edition)).toMatchObject({ status: "qualified", score: threshold, low: threshold, high: threshold });
    expect(finishLineStatusOf(entry({ utmbScore: threshold - 1 }), null, race, edition)!.status).toBe("not_qualified");
  });

  it("a narrower range settles it: wholly above or below the threshold", () => {
    const official: EditionConstant = { constant: (threshold + 20) * (TIME + 0.5), low: (threshold + 20) * TIME, high: (threshold + 20) * (TIME + 1), basis: "official-scores" };
    expect(finishLineStatusOf(entry(), official, race, edition)!.status).toBe("provisionally_qualified");
    expect(finishLineStatusOf(entry(), official, { ...race, resultsFinal: true }, edition)!.status).toBe("qualified");
    expect(finishLineStatusOf(entry({ timeSeconds: TIME * 1.2 }), field(0.08), race, edition)!.status).toBe("not_qualified");
  });

  it("has no score yet without a constant or a time; nothing for a non-finisher or a race outside the Finals", () => {
    expect(finishLineStatusOf(entry(), null, race, edition)!.status).toBe("no_score_yet");
    expect(finishLineStatusOf(entry({ timeSeconds: 0 }), field(0.08), race, edition)!.status).toBe("no_score_yet");
    expect(finishLineStatusOf(entry({ status: "dnf" }), field(0.08), race, edition)).toBeNull();
    expect(finishLineStatusOf(entry(), field(0.08), { ...race, qualifiesForFinals: false }, edition)).toBeNull();
  });

  it("a podium place is provisionally qualified, never too close (R9)", () => {
    expect(finishLineStatusOf(entry({ placeBySex: 2 }), field(0.08), race, edition)!.status).toBe("provisionally_qualified");
  });
});

const status = (s: ProvisionalFinalsStatus["status"]): ProvisionalFinalsStatus => ({ finalsRace: "CCC", status: s, threshold, score: null, low: null, high: null, reasons: [] });

describe("tooCloseStep (R20)", () => {
  it("keeps a runner too close to call, and tells nobody yet", () => {
    expect(tooCloseStep(false, status("too_close_to_call"), false)).toEqual({ tooClose: true, resolved: null });
    expect(tooCloseStep(true, status("too_close_to_call"), false)).toEqual({ tooClose: true, resolved: null });
  });

  it("tells a runner who was too close the outcome, once it is settled", () => {
    expect(tooCloseStep(true, status("qualified"), false)).toEqual({ tooClose: false, resolved: "qualified" });
    expect(tooCloseStep(true, status("provisionally_qualified"), false)).toEqual({ tooClose: false, resolved: "provisionally_qualified" });
    expect(tooCloseStep(true, status("not_qualified"), false)).toEqual({ tooClose: false, resolved: "not_qualified" });
  });

  it("tells nobody who was not too close", () => {
    for (const s of ["qualified", "provisionally_qualified", "not_qualified", "no_score_yet"] as const) {
      expect(tooCloseStep(false, status(s), false)).toEqual({ tooClose: false, resolved: null });
    }
  });

  it("an estimate that is gone leaves the runner as they were", () => {
    expect(tooCloseStep(true, status("no_score_yet"), false)).toEqual({ tooClose: true, resolved: null });
  });

  it("forgets quietly a race that no longer leads to the Finals race, or a runner qualified for it otherwise", () => {
    expect(tooCloseStep(true, null, false)).toEqual({ tooClose: false, resolved: null });
    expect(tooCloseStep(true, status("not_qualified"), true)).toEqual({ tooClose: false, resolved: null });
    expect(tooCloseStep(false, status("too_close_to_call"), true)).toEqual({ tooClose: false, resolved: null });
  });

  it("never tells a runner twice in a row: a settled step is not too close any more", () => {
    const statuses = fc.constantFrom("qualified", "provisionally_qualified", "too_close_to_call", "not_qualified", "no_score_yet") as fc.Arbitrary<ProvisionalFinalsStatus["status"]>;
    fc.assert(
      fc.property(fc.array(statuses, { minLength: 1, maxLength: 12 }), (steps) => {
        let was = false;
        let previousResolved = false;
        for (const s of steps) {
          const step = tooCloseStep(was, status(s), false);
          if (step.resolved) expect(was && !previousResolved).toBe(true);
          expect(step.resolved === null || !step.tooClose).toBe(true);
          previousResolved = step.resolved !== null;
          was = step.tooClose;
        }
      }),
    );
  });
});

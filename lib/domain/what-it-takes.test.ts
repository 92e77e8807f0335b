import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultEditionConfig } from "./edition";
import { whatItTakes } from "./what-it-takes";
import { translator } from "@/lib/i18n/messages";
import { whatItTakesText } from "@/lib/format/labels";

const edition = defaultEditionConfig(2026);
const en = translator("en");
const fr = translator("fr");

describe("whatItTakes (R21)", () => {
  it("is the last edition's constant over the edition's threshold: 850 x 11:24:00 -> under 11:24:00 scores 850", () => {
    const threshold = edition.scoreThresholds.M["100K"];
    const w = whatItTakes({ lastEditionConstant: threshold * 41040, sex: "M", category: "100K" }, edition);
    expect(w).toEqual({ kind: "finish_time", threshold, underSeconds: 41040 });
    expect(whatItTakesText(w, en)).toBe(`under 11:24:00 scores ${threshold}`);
    expect(whatItTakesText(w, fr)).toBe(`moins de 11:24:00 donne ${threshold}`);
  });

  it("takes the threshold of the runner's sex and category from the edition", () => {
    const custom = { scoreThresholds: { ...edition.scoreThresholds, F: { ...edition.scoreThresholds.F, "100M": 500 } } };
    expect(whatItTakes({ lastEditionConstant: 5e7, sex: "F", category: "100M" }, custom)).toEqual({ kind: "finish_time", threshold: 500, underSeconds: 100000 });
  });

  it("says so when the race has no earlier edition", () => {
    const w = whatItTakes({ lastEditionConstant: null, sex: "F", category: "50K" }, edition);
    expect(w).toEqual({ kind: "no_earlier_edition", threshold: edition.scoreThresholds.F["50K"] });
    expect(whatItTakesText(w, en)).toMatch(/^no earlier edition of this race/);
  });

  it("every whole-second time under the answer scores at least the threshold, and the answer itself does not beat it", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e6, max: 1e8, noNaN: true }), fc.constantFrom("50K", "100K", "100M" as const), fc.constantFrom("F", "M" as const), (constant, category, sex) => {
        const w = whatItTakes({ lastEditionConstant: constant, sex, category }, edition);
        if (w.kind !== "finish_time") throw new Error("expected a time");
        expect(constant / (w.underSeconds - 1)).toBeGreaterThan(w.threshold);
        expect(constant / w.underSeconds).toBeLessThanOrEqual(w.threshold);
      }),
    );
  });

  it("refuses a constant or a threshold that is not a positive number", () => {
    expect(() => whatItTakes({ lastEditionConstant: 0, sex: "M", category: "50K" }, edition)).toThrow(/last edition's constant/);
    const broken = { scoreThresholds: { ...edition.scoreThresholds, M: { ...edition.scoreThresholds.M, "50K": Number.NaN } } };
    expect(() => whatItTakes({ lastEditionConstant: 1e7, sex: "M", category: "50K" }, broken)).toThrow(/M 50K threshold/);
  });
});

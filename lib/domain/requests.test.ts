import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultEditionConfig } from "./edition";
import {
  OPEN_REQUEST_STATUSES,
  isOpenRequestStatus,
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  canTransition,
  categoryChangeEligibility,
  categoryChangeTargets,
  extensionEligibility,
  isFinalRequestStatus,
  priorityDeferralEligibility,
  type CategoryScore,
} from "./requests";

const edition = defaultEditionConfig(2026);

describe("categoryChangeTargets / categoryChangeEligibility (R14)", () => {
  it("offers one category up or down", () => {
    expect(categoryChangeTargets("OCC")).toEqual(["CCC"]);
    expect(categoryChangeTargets("CCC")).toEqual(["OCC", "UTMB"]);
    expect(categoryChangeTargets("UTMB")).toEqual(["CCC"]);
  });

  it("accepts OCC <-> CCC and CCC <-> UTMB for a podium or score qualification", () => {
    expect(categoryChangeEligibility({ qualifiedFrom: "OCC", reasons: ["podium"], sourceCategory: "50K", target: "CCC" })).toEqual({ eligible: true });
    expect(categoryChangeEligibility({ qualifiedFrom: "CCC", reasons: ["score"], sourceCategory: "100K", target: "UTMB" })).toEqual({ eligible: true });
    expect(categoryChangeEligibility({ qualifiedFrom: "UTMB", reasons: ["score"], sourceCategory: "100M", target: "CCC" })).toEqual({ eligible: true });
    expect(categoryChangeEligibility({ qualifiedFrom: "CCC", reasons: ["score"], sourceCategory: "100K", target: "OCC" })).toEqual({ eligible: true });
  });

  it("refuses two steps (OCC -> UTMB and back)", () => {
    const up = categoryChangeEligibility({ qualifiedFrom: "OCC", reasons: ["podium"], sourceCategory: "50K", target: "UTMB" });
    expect(up).toEqual({ eligible: false, refusal: { code: "not-adjacent", from: "OCC", to: "UTMB", allowed: ["CCC"] } });
    expect(categoryChangeEligibility({ qualifiedFrom: "UTMB", reasons: ["podium"], sourceCategory: "100M", target: "OCC" }).eligible).toBe(false);
  });

  it("refuses a 20K result leading to OCC", () => {
    expect(categoryChangeEligibility({ qualifiedFrom: "CCC", reasons: ["score"], sourceCategory: "20K", target: "OCC" })).toEqual({
      eligible: false,
      refusal: { code: "20k-to-occ" },
    });
  });

  it("refuses an age-group-only qualification, accepts it with another reason", () => {
    expect(categoryChangeEligibility({ qualifiedFrom: "CCC", reasons: ["age_group"], sourceCategory: "100K", target: "UTMB" })).toEqual({
      eligible: false,
      refusal: { code: "age-group-place", finalsRace: "CCC" },
    });
    expect(categoryChangeEligibility({ qualifiedFrom: "CCC", reasons: ["age_group", "score"], sourceCategory: "100K", target: "UTMB" }).eligible).toBe(true);
  });

  it("refuses the same race, no qualification, or a second change", () => {
    expect(categoryChangeEligibility({ qualifiedFrom: "CCC", reasons: ["podium"], sourceCategory: "100K", target: "CCC" }).eligible).toBe(false);
    expect(categoryChangeEligibility({ qualifiedFrom: "CCC", reasons: [], sourceCategory: "100K", target: "UTMB" }).eligible).toBe(false);
    expect(categoryChangeEligibility({ qualifiedFrom: "CCC", reasons: ["category_change"], sourceCategory: "50K", target: "UTMB" }).eligible).toBe(false);
  });

  it("property: an accepted change is always exactly one step", () => {
    const race = fc.constantFrom("OCC" as const, "CCC" as const, "UTMB" as const);
    const kinds = fc.array(fc.constantFrom("podium" as const, "score" as const, "age_group" as const, "deferral" as const), { maxLength: 3 });
    const category = fc.constantFrom("20K" as const, "50K" as const, "100K" as const, "100M" as const);
    fc.assert(
      fc.property(race, race, kinds, category, (from, to, reasons, sourceCategory) => {
        const answer = categoryChangeEligibility({ qualifiedFrom: from, reasons, sourceCategory, target: to });
        if (answer.eligible) {
          expect(categoryChangeTargets(from)).toContain(to);
          expect(reasons.some((k) => k !== "age_group")).toBe(true);
        } else {
          expect(answer.refusal.code).toBeTruthy();
        }
      }),
    );
  });
});

describe("priorityDeferralEligibility (R15)", () => {
  it("accepts a completed registration for this edition before the Finals", () => {
    expect(priorityDeferralEligibility({ registration: { status: "registered", editionYear: 2026 }, editionYear: 2026, today: "2026-08-31" })).toEqual({
      eligible: true,
    });
  });

  it("refuses without a registration", () => {
    expect(priorityDeferralEligibility({ registration: null, editionYear: 2026, today: "2026-05-01" })).toEqual({
      eligible: false,
      refusal: { code: "no-registration", editionYear: 2026 },
    });
  });

  it("refuses a cancelled registration", () => {
    expect(priorityDeferralEligibility({ registration: { status: "cancelled", editionYear: 2026 }, editionYear: 2026, today: "2026-05-01" })).toEqual({
      eligible: false,
      refusal: { code: "registration-cancelled", editionYear: 2026 },
    });
  });

  it("refuses a registration for another edition, and after the Finals", () => {
    expect(priorityDeferralEligibility({ registration: { status: "registered", editionYear: 2025 }, editionYear: 2026, today: "2026-05-01" }).eligible).toBe(false);
    expect(priorityDeferralEligibility({ registration: { status: "registered", editionYear: 2026 }, editionYear: 2026, today: "2026-09-01" })).toEqual({
      eligible: false,
      refusal: { code: "finals-over", editionYear: 2026 },
    });
  });
});

describe("extensionEligibility (R16)", () => {
  const score = (category: CategoryScore["category"], value: number, date = "2025-05-01"): CategoryScore => ({ category, score: value, date });

  it("accepts a score at the extension threshold in the last 2 years, and says which categories", () => {
    const answer = extensionEligibility({ sex: "F", bestScoresPast2Years: [score("100K", 660), score("50K", 679)], today: "2025-10-01", edition });
    expect(answer).toEqual({ eligible: true, categories: ["100K"], evidence: { "100K": score("100K", 660) } });
    const men = extensionEligibility({ sex: "M", bestScoresPast2Years: [score("50K", 830), score("100M", 760)], today: "2025-10-01", edition });
    expect(men).toMatchObject({ eligible: true, categories: ["50K", "100M"] });
  });

  it("refuses below every threshold", () => {
    const answer = extensionEligibility({ sex: "F", bestScoresPast2Years: [score("100K", 659), score("100M", 599), score("50K", 679)], today: "2025-10-01", edition });
    expect(answer).toEqual({
      eligible: false,
      refusal: { code: "extension-score-missing", sex: "F", thresholds: { "50K": 680, "100K": 660, "100M": 600 } },
    });
  });

  it("refuses after the deadline (30 November of the qualification year), accepts on it", () => {
    expect(extensionEligibility({ sex: "M", bestScoresPast2Years: [score("100K", 900)], today: "2025-11-30", edition }).eligible).toBe(true);
    expect(extensionEligibility({ sex: "M", bestScoresPast2Years: [score("100K", 900)], today: "2025-12-01", edition })).toEqual({
      eligible: false,
      refusal: { code: "extension-closed", editionYear: 2026, deadline: "2025-11-30" },
    });
  });

  it("refuses a score older than 2 years (exactly 2 years still counts) or after today", () => {
    const today = "2025-10-01";
    expect(extensionEligibility({ sex: "F", bestScoresPast2Years: [score("100M", 650, "2023-09-30")], today, edition }).eligible).toBe(false);
    expect(extensionEligibility({ sex: "F", bestScoresPast2Years: [score("100M", 650, "2023-10-01")], today, edition }).eligible).toBe(true);
    expect(extensionEligibility({ sex: "F", bestScoresPast2Years: [score("100M", 650, "2025-10-02")], today, edition }).eligible).toBe(false);
  });
});

describe("request life cycle (R17)", () => {
  it("goes submitted -> in_review -> approved / rejected", () => {
    expect(canTransition("submitted", "in_review")).toBe(true);
    expect(canTransition("in_review", "approved")).toBe(true);
    expect(canTransition("in_review", "rejected")).toBe(true);
    expect(canTransition("submitted", "approved")).toBe(false);
    expect(canTransition("submitted", "rejected")).toBe(false);
  });

  it("lets the runner withdraw until a decision", () => {
    expect(canTransition("submitted", "withdrawn")).toBe(true);
    expect(canTransition("in_review", "withdrawn")).toBe(true);
    expect(canTransition("approved", "withdrawn")).toBe(false);
    expect(canTransition("rejected", "withdrawn")).toBe(false);
  });

  it("makes decisions and withdrawals final, and never loops", () => {
    for (const s of ["approved", "rejected", "withdrawn"] as const) {
      expect(isFinalRequestStatus(s)).toBe(true);
      for (const to of REQUEST_STATUSES) expect(canTransition(s, to)).toBe(false);
    }
    for (const s of REQUEST_STATUSES) expect(canTransition(s, s)).toBe(false);
    expect(Object.keys(REQUEST_TRANSITIONS).sort()).toEqual([...REQUEST_STATUSES].sort());
  });
});

describe("R17 open requests", () => {
  it("are exactly the statuses with a move left, and nothing else", () => {
    expect([...OPEN_REQUEST_STATUSES]).toEqual(REQUEST_STATUSES.filter((s) => !isFinalRequestStatus(s)));
    expect(REQUEST_STATUSES.filter(isOpenRequestStatus)).toEqual(["submitted", "in_review"]);
  });
});

import { describe, expect, it } from "vitest";
import { nextStepViews } from "./next-step-text";

describe("nextStepViews", () => {
  it("gives each step its date and the days left, urgent within a week", () => {
    const [extension, register] = nextStepViews(
      [
        { kind: "extension", finalsRaces: ["CCC"], evidence: { category: "100K", score: 700, date: "2025-03-21", eventName: "Chianti Ultra Trail by UTMB" }, when: { kind: "by", date: "2026-11-30", daysLeft: 4 } },
        { kind: "register", finalsRace: "CCC", when: { kind: "from", date: "2026-12-01", daysLeft: 5 } },
      ],
      2027,
    );
    expect(extension).toMatchObject({
      when: "by 30 Nov 2026 · 4 days left",
      urgent: true,
      link: { href: "/requests/new/extension", label: "Apply for an extension" },
    });
    expect(extension?.text).toContain("Your UTMB Score 700 in a 100K race at Chianti Ultra Trail by UTMB (21 Mar 2025) makes you eligible (R16).");
    expect(register).toMatchObject({ when: "from 1 Dec 2026 · in 5 days", urgent: false, link: null });
  });

  it("says today, 1 day left, and a step already open", () => {
    const views = nextStepViews(
      [
        { kind: "deferral", finalsRace: "UTMB", when: { kind: "by", date: "2027-08-31", daysLeft: 0 } },
        { kind: "races_left", races: [], finalsRaces: ["OCC"], when: { kind: "by", date: "2026-12-31", daysLeft: 1 } },
        { kind: "register", finalsRace: "UTMB", when: { kind: "from", date: "2026-12-01", daysLeft: -2 } },
      ],
      2027,
    );
    expect(views.map((v) => v.when)).toEqual(["by 31 Aug 2027 · today", "by 31 Dec 2026 · 1 day left", "from 1 Dec 2026 · open now"]);
    expect(views[1]?.text).toBe("No World Series Event or Major race is left in your period for OCC.");
  });
});

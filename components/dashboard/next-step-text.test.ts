import { describe, expect, it } from "vitest";
import { defaultEditionConfig } from "@/lib/domain/edition";
import { words } from "@/lib/i18n/words";
import { nextStepViews } from "./next-step-text";

const EDITION = defaultEditionConfig(2027);
const en = words("en");
const fr = words("fr");

describe("nextStepViews", () => {
  it("gives each step its date and the days left, urgent within a week", () => {
    const [extension, register] = nextStepViews(
      [
        { kind: "extension", finalsRaces: ["CCC"], evidence: { category: "100K", score: 700, date: "2025-03-21", eventName: "Chianti Ultra Trail by UTMB" }, when: { kind: "by", date: "2026-11-30", daysLeft: 4 } },
        { kind: "register", finalsRace: "CCC", when: { kind: "from", date: "2026-12-01", daysLeft: 5 } },
      ],
      EDITION,
      "F",
      en,
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
      EDITION,
      "F",
      en,
    );
    expect(views.map((v) => v.when)).toEqual(["by 31 Aug 2027 · today", "by 31 Dec 2026 · 1 day left", "from 1 Dec 2026 · open now"]);
    expect(views[1]?.text).toBe("No World Series Event or Major race is left in your period for OCC.");
  });

  it("R21: lists every race left with its podium route and the time that scores the threshold on its last edition", () => {
    const race = { date: "2026-12-06", eventName: "Thailand by UTMB", eventLevel: "event" as const, category: "100K" as const };
    const [step] = nextStepViews(
      [
        {
          kind: "races_left",
          races: [
            { ...race, raceId: 1, raceName: "Doi 100", lastEditionConstant: 850 * 41_040 },
            { ...race, raceId: 2, raceName: "New 100", eventLevel: "major", lastEditionConstant: null },
          ],
          finalsRaces: ["CCC"],
          when: { kind: "by", date: "2026-12-31", daysLeft: 35 },
        },
      ],
      EDITION,
      "M",
      en,
    );
    const threshold = EDITION.scoreThresholds.M["100K"];
    const under = new Date(Math.ceil((850 * 41_040) / threshold) * 1000).toISOString().slice(11, 19).replace(/^0/, "");
    expect(step?.text).toBe(
      `Races left in your period for CCC: Thailand by UTMB, Doi 100 (100K, World Series Event, 6 Dec 2026): top 3, or under ${under} scores ${threshold}; ` +
        `Thailand by UTMB, New 100 (100K, World Series Major, 6 Dec 2026): top 10, or no earlier edition of this race: no finish time for ${threshold} yet.`,
    );
  });

  it("speaks French to a French reader: the race with its article, the date and the days left", () => {
    const [extension, register, deferral] = nextStepViews(
      [
        { kind: "extension", finalsRaces: ["CCC"], evidence: null, when: { kind: "by", date: "2026-11-30", daysLeft: 4 } },
        { kind: "register", finalsRace: "UTMB", when: { kind: "from", date: "2026-12-01", daysLeft: 1 } },
        { kind: "deferral", finalsRace: "OCC", when: { kind: "by", date: "2027-08-31", daysLeft: 0 } },
      ],
      EDITION,
      "F",
      fr,
    );
    expect(extension).toMatchObject({
      text: "Blessé·e pendant la période de qualification ? Demandez une prolongation de la période de qualification pour la CCC.",
      when: "jusqu'au 30 nov. 2026 · encore 4 jours",
      link: { label: "Demander une prolongation" },
    });
    expect(register?.text).toMatch(/^Inscrivez-vous à l'UTMB, la course pour laquelle vous êtes qualifié·e/);
    expect(register?.when).toBe("à partir du 1 déc. 2026 · dans 1 jour");
    expect(deferral?.when).toBe("jusqu'au 31 août 2027 · aujourd'hui");
  });
});

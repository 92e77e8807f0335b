import { describe, expect, it } from "vitest";
import { nextSteps, type RaceLeft } from "./next-steps";
import type { RaceQualificationWithRace } from "./qualification";
import { requestOptions, type RequestFacts } from "./request-options";
import { edition, facts, result, TODAY } from "@/test/runner-facts";

const podiumCCC: RaceQualificationWithRace = {
  runnerId: 1,
  resultId: 1,
  finalsRace: "CCC",
  reasons: [{ kind: "podium", place: 2, podiumPlaces: 3, level: "event" }],
  raceName: "Mozart 100",
  eventName: "Mozart 100 by UTMB",
  date: "2026-06-13",
};

function steps(f: RequestFacts, today = TODAY, racesLeft: RaceLeft[] = []) {
  return nextSteps({ today, edition: f.dashboard.edition, status: f.dashboard.status, registration: f.registration, options: requestOptions(f, today), racesLeft });
}

describe("nextSteps", () => {
  it("Léa (qualified for CCC): register first, then the change of category as soon as qualified (R14)", () => {
    const lea = steps(facts({ results: [result({})], qualifications: [podiumCCC] }));
    expect(lea.map((s) => s.kind)).toEqual(["register", "category_change", "races_left"]);
    expect(lea[0]).toEqual({ kind: "register", finalsRace: "CCC", when: { kind: "from", date: "2026-12-01", daysLeft: 5 } });
    expect(lea[1]).toEqual({ kind: "category_change", from: "CCC", targets: ["OCC", "UTMB"], qualifiedOn: "2026-06-13" });
    // The races left count only for the races not qualified for.
    expect(lea[2]).toMatchObject({ kind: "races_left", finalsRaces: ["OCC", "UTMB"], when: { kind: "by", date: "2026-12-31", daysLeft: 35 } });
  });

  it("Hannah (no 2026 result, a 700 in 2025): the extension by its deadline with the score that makes her eligible (R16)", () => {
    const hannah = steps(facts({ results: [result({ date: "2025-03-21", raceName: "CUT 120K", utmbScore: 700, finisherPlaceBySex: 8 })] }));
    expect(hannah[0]).toMatchObject({
      kind: "extension",
      finalsRaces: ["CCC"],
      evidence: { category: "100K", score: 700, raceName: "CUT 120K" },
      when: { kind: "by", date: "2026-11-30", daysLeft: 4 },
    });
    // After the deadline it is gone.
    expect(steps(facts({ results: [result({ date: "2025-03-21", utmbScore: 700 })] }), "2026-12-01").map((s) => s.kind)).not.toContain("extension");
  });

  it("Kenji (registered for UTMB): no register step, the deferral before the Finals (R15)", () => {
    const kenji = steps(
      facts({
        sex: "M",
        results: [result({ category: "100M", utmbScore: 808, finisherPlaceBySex: 1 })],
        qualifications: [{ ...podiumCCC, finalsRace: "UTMB", reasons: [{ kind: "podium", place: 1, podiumPlaces: 3, level: "event" }] }],
        registration: { finalsRace: "UTMB", status: "registered" },
      }),
    );
    expect(kenji.map((s) => s.kind)).not.toContain("register");
    expect(kenji).toContainEqual({ kind: "deferral", finalsRace: "UTMB", when: { kind: "by", date: "2027-08-31", daysLeft: 278 } });
  });

  it("an approved change shows no second qualification and no new change (R14)", () => {
    const moved = steps(
      facts({
        results: [result({})],
        qualifications: [podiumCCC],
        grants: [{ kind: "category_change", finalsRace: "UTMB", fromFinalsRace: "CCC", requestId: 3, decidedOn: "2026-03-03" }],
      }),
    );
    expect(moved.filter((s) => s.kind === "register")).toEqual([{ kind: "register", finalsRace: "UTMB", when: expect.anything() }]);
    expect(moved.map((s) => s.kind)).not.toContain("category_change");
    expect(moved.find((s) => s.kind === "races_left")).toMatchObject({ finalsRaces: ["OCC"] });
  });

  it("an open request is followed, not asked again (R17), and a Top Elite runner is told (R18)", () => {
    const f = facts({ finalsPlaces: [{ finalsRace: "CCC", placeBySex: 4, date: "2026-08-28" }], open: { extension: 44 } });
    const list = steps(f);
    expect(list).toContainEqual({ kind: "open_request", type: "extension", requestId: 44 });
    expect(list).toContainEqual(expect.objectContaining({ kind: "top_elite", period: { start: "2026-01-01", end: "2027-06-30" } }));
  });

  it("lists the races left of the categories still open, until the end of the period (R8)", () => {
    const race = (category: RaceLeft["category"], raceId: number): RaceLeft => ({
      raceId,
      date: "2026-12-12",
      eventName: "Desert by UTMB",
      raceName: category,
      eventLevel: "event",
      category,
      lastEditionConstant: null,
    });
    const lea = steps(facts({ results: [result({})], qualifications: [podiumCCC] }), TODAY, [race("50K", 1), race("100K", 2)]);
    expect(lea.find((s) => s.kind === "races_left")).toMatchObject({ races: [{ raceId: 1 }] });
    // After the period, no races-left step.
    expect(steps(facts(), "2027-01-05").map((s) => s.kind)).not.toContain("races_left");
    expect(edition.qualificationEnd).toBe("2026-12-31");
  });
});

import { describe, expect, it } from "vitest";
import { finalsQualifierRaces } from "./finals-qualifier";

describe("finalsQualifierRaces (R11)", () => {
  it("qualifies a category's single race whatever its flag", () => {
    expect(finalsQualifierRaces([{ raceId: "ccc-like", category: "100K", isFinalsQualifier: false }])).toEqual(new Set(["ccc-like"]));
  });

  it("with two races of one category, only the flagged one qualifies", () => {
    const set = finalsQualifierRaces([
      { raceId: "100k-a", category: "100K", isFinalsQualifier: false },
      { raceId: "100k-b", category: "100K", isFinalsQualifier: true },
      { raceId: "50k", category: "50K", isFinalsQualifier: false },
    ]);
    expect(set).toEqual(new Set(["100k-b", "50k"]));
  });

  it("with two races of one category and no flag, neither qualifies", () => {
    const set = finalsQualifierRaces([
      { raceId: 1, category: "100M", isFinalsQualifier: false },
      { raceId: 2, category: "100M", isFinalsQualifier: false },
    ]);
    expect(set.size).toBe(0);
  });

  it("with two flagged races of one category, only one qualifies: the first by id (never both)", () => {
    const set = finalsQualifierRaces([
      { raceId: 12, category: "100K", isFinalsQualifier: true },
      { raceId: 7, category: "100K", isFinalsQualifier: true },
      { raceId: 9, category: "100K", isFinalsQualifier: false },
    ]);
    expect(set).toEqual(new Set([7]));
  });

  it("never includes 20K or unscored races (R7)", () => {
    const set = finalsQualifierRaces([
      { raceId: "20k", category: "20K", isFinalsQualifier: true },
      { raceId: "fun", category: null, isFinalsQualifier: true },
    ]);
    expect(set.size).toBe(0);
  });
});

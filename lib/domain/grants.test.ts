import { describe, expect, it } from "vitest";
import { grantsForEdition, type ApprovedRequest } from "./grants";

const change: ApprovedRequest = { requestId: 1, type: "category_change", editionYear: 2027, fromFinalsRace: "CCC", toFinalsRace: "OCC" };
const deferral: ApprovedRequest = { requestId: 2, type: "priority_deferral", editionYear: 2027, fromFinalsRace: "UTMB", toFinalsRace: null };
const extension: ApprovedRequest = { requestId: 3, type: "extension", editionYear: 2027, fromFinalsRace: null, toFinalsRace: "CCC" };

describe("grantsForEdition (R13 with R14-R16)", () => {
  it("R14: a category change grants its target race for the edition it was filed for", () => {
    expect(grantsForEdition([change], 2027)).toEqual([{ kind: "category_change", finalsRace: "OCC", fromFinalsRace: "CCC", requestId: 1 }]);
    expect(grantsForEdition([{ ...change, decidedOn: "2027-03-03" }], 2027)).toEqual([
      { kind: "category_change", finalsRace: "OCC", fromFinalsRace: "CCC", requestId: 1, decidedOn: "2027-03-03" },
    ]);
    expect(grantsForEdition([change], 2028)).toEqual([]);
  });

  it("R15: a deferral grants the registered race for the next edition only", () => {
    expect(grantsForEdition([deferral], 2027)).toEqual([]);
    expect(grantsForEdition([deferral], 2028)).toEqual([{ kind: "deferral", finalsRace: "UTMB", requestId: 2 }]);
    expect(grantsForEdition([deferral], 2029)).toEqual([]);
  });

  it("R16: an extension counts for the upcoming edition only, never also the next one", () => {
    expect(grantsForEdition([extension], 2027)).toEqual([{ kind: "extension", finalsRace: "CCC", requestId: 3 }]);
    expect(grantsForEdition([extension], 2028)).toEqual([]);
  });

  it("R18: Top Elite is no grant on a race (it widens the period instead)", () => {
    expect(grantsForEdition([{ requestId: 4, type: "top_elite", editionYear: 2027, fromFinalsRace: null, toFinalsRace: null }], 2027)).toEqual([]);
  });

  it("skips a request with no Finals race", () => {
    expect(grantsForEdition([{ ...change, fromFinalsRace: null, toFinalsRace: null }], 2027)).toEqual([]);
  });
});

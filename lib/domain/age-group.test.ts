import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AGE_GROUPS, ageGroupFor, ageGroupLabel, ageInRaceYear, parseAgeGroupLabel } from "./age-group";

describe("ageGroupFor (R12)", () => {
  it.each([
    [17, null],
    [18, "18-19"],
    [19, "18-19"],
    [20, "20-34"],
    [34, "20-34"],
    [35, "35-39"],
    [39, "35-39"],
    [40, "40-44"],
    [62, "60-64"],
    [84, "80-84"],
    [85, "85+"],
    [101, "85+"],
  ] as const)("age %s -> %s", (age, group) => {
    expect(ageGroupFor(age)).toBe(group);
  });

  it("is null for nonsense", () => {
    expect(ageGroupFor(Number.NaN)).toBeNull();
    expect(ageGroupFor(-3)).toBeNull();
  });

  it("always returns a known group from 18 on, and groups never go backwards with age", () => {
    fc.assert(
      fc.property(fc.integer({ min: 18, max: 110 }), (age) => {
        const g = ageGroupFor(age);
        const next = ageGroupFor(age + 1);
        expect(g).not.toBeNull();
        expect(AGE_GROUPS.indexOf(g!)).toBeLessThanOrEqual(AGE_GROUPS.indexOf(next!));
      }),
    );
  });
});

describe("ageInRaceYear (R12)", () => {
  it("uses the race's calendar year, whatever the birthday", () => {
    expect(ageInRaceYear(1990, "2025-01-01")).toBe(35);
    expect(ageInRaceYear(1990, "2025-12-31")).toBe(35);
  });
});

describe("parseAgeGroupLabel (R12)", () => {
  it.each([
    ["20-34M", { group: "20-34", sex: "M" }],
    ["35-39W", { group: "35-39", sex: "F" }],
    ["18-19M", { group: "18-19", sex: "M" }],
    ["85+W", { group: "85+", sex: "F" }],
    [" 40-44 w ", { group: "40-44", sex: "F" }],
    ["50-54F", { group: "50-54", sex: "F" }],
  ] as const)("%s", (label, expected) => {
    expect(parseAgeGroupLabel(label)).toEqual(expected);
  });

  it.each(["", "SEM", "20-35M", "36-40W", "85W", "20-34X", "V1M"])("refuses %j", (label) => {
    expect(parseAgeGroupLabel(label)).toBeNull();
  });

  it("round-trips with ageGroupLabel", () => {
    for (const group of AGE_GROUPS) {
      expect(parseAgeGroupLabel(ageGroupLabel(group, "F"))).toEqual({ group, sex: "F" });
      expect(parseAgeGroupLabel(ageGroupLabel(group, "M"))).toEqual({ group, sex: "M" });
    }
  });
});

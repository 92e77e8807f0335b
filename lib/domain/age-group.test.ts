import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { AGE_GROUPS, ageGroupFor, ageGroupLabel, ageInRaceYear, r12AgeGroup, readAgeGroupLabel } from "./age-group";

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

describe("readAgeGroupLabel (R12): real files' spellings", () => {
  it.each([
    ["20-34M", { low: 20, high: 34 }, "M"],
    ["35-39W", { low: 35, high: 39 }, "F"],
    ["80+ M", { low: 80, high: null }, "M"],
    ["U18 W", { low: 0, high: 17 }, "F"],
    ["U20 M", { low: 0, high: 19 }, "M"],
    ["SUB20M", { low: 0, high: 19 }, "M"],
    ["M 45-49", { low: 45, high: 49 }, "M"],
    ["O40 M", { low: 40, high: null }, "M"],
    ["≤ 34 F", { low: 0, high: 34 }, "F"],
    ["W50+", { low: 50, high: null }, null],
    ["M40", { low: 40, high: null }, null],
  ] as const)("%s", (label, range, sex) => {
    expect(readAgeGroupLabel(label)).toEqual({ range, sex });
  });

  it.each([["SE M", "M"], ["34 M", "M"], ["Veterans", null], ["JU", null], ["", null]] as const)("%j names no ages", (label, sex) => {
    expect(readAgeGroupLabel(label)).toEqual({ range: null, sex });
  });
});

describe("r12AgeGroup (R12)", () => {
  it("takes the band a label names, even when the file's age is a year off (ages as of the export)", () => {
    expect(r12AgeGroup("20-34M", 35)).toEqual({ group: "20-34", source: "label" });
    expect(r12AgeGroup("U20 M", null)).toEqual({ group: "18-19", source: "label" });
    expect(r12AgeGroup("85+W", null)).toEqual({ group: "85+", source: "label" });
  });

  it("lets the age pick the band inside a label that spans several", () => {
    expect(r12AgeGroup("80+ M", 81)).toEqual({ group: "80-84", source: "age" });
    expect(r12AgeGroup("80+ W", 87)).toEqual({ group: "85+", source: "age" });
    expect(r12AgeGroup("M40", 45)).toEqual({ group: "45-49", source: "age" });
    expect(r12AgeGroup("18-39W", 25)).toEqual({ group: "20-34", source: "age" });
  });

  it("takes the nearest age inside the label when the age is outside it", () => {
    expect(r12AgeGroup("80+ M", 79)).toEqual({ group: "80-84", source: "age-outside-label" });
  });

  it("gives no band under 18, and none when nothing tells", () => {
    expect(r12AgeGroup("U18 W", 16)).toEqual({ group: null, source: "age" });
    expect(r12AgeGroup("16-17M", 30)).toEqual({ group: null, source: "label" });
    expect(r12AgeGroup("M40", null)).toEqual({ group: null, source: "none" });
    expect(r12AgeGroup(null, null)).toEqual({ group: null, source: "none" });
  });

  it("falls back on the age for labels with no ages", () => {
    expect(r12AgeGroup("SE M", 29)).toEqual({ group: "20-34", source: "age-unknown-label" });
    expect(r12AgeGroup(null, 52)).toEqual({ group: "50-54", source: "age" });
  });

  it("always answers an R12 band or null, for any label and age", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.integer({ min: 0, max: 110 }), { nil: null }), (label, age) => {
        const { group } = r12AgeGroup(label, age);
        expect(group === null || (AGE_GROUPS as readonly string[]).includes(group)).toBe(true);
      }),
    );
  });

  it("agrees with ageGroupLabel's labels and the age inside them", () => {
    for (const group of AGE_GROUPS) {
      const low = group === "85+" ? 85 : Number(group.slice(0, 2));
      expect(r12AgeGroup(ageGroupLabel(group, "F"), low)).toEqual({ group, source: "age" });
      expect(r12AgeGroup(ageGroupLabel(group, "M"), null).group).toBe(group);
    }
  });
});

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseResults } from "../parse";
import type { ParsedRow, ParseResultsOutcome } from "../types";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../test/fixtures/ultrasignup/${name}`, import.meta.url)), "utf8");
const CSV = fixture("ultrasignup-results.csv");
const NO_STATUS = fixture("ultrasignup-no-status.csv");
const race = { distanceKm: 50, elevationGainM: 2000, date: "2025-06-01" };
const parse = (input: string) => parseResults(input, { race });

function ok(outcome: ParseResultsOutcome) {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.errors)}`);
  return outcome;
}
function errorsOf(outcome: ParseResultsOutcome) {
  if (outcome.ok) throw new Error("expected the file to be refused");
  return outcome.errors;
}
const byName = (rows: ParsedRow[], name: string) => {
  const row = rows.find((r) => r.name === name);
  if (!row) throw new Error(`no row ${name}`);
  return row;
};
const withLine = (text: string, line: number, replacement: string) => text.split("\n").map((l, i) => (i === line - 1 ? replacement : l)).join("\n");

describe("UltraSignup results CSV (with status and bib)", () => {
  it("is detected from its header", async () => {
    const out = ok(await parse(CSV));
    expect(out.format).toBe("ultrasignup");
    // 19 rows, one (gender X) left out.
    expect(out.rows).toHaveLength(18);
  });

  it("reads places, ties, times (H:MM:SS.s), sex, names and birth years", async () => {
    const { rows } = ok(await parse(CSV));
    expect(byName(rows, "Tyler Hansen")).toEqual({
      line: 2, bib: "1", externalId: null, name: "Tyler Hansen", sex: "M", birthYear: 1990, nationality: null, age: 35,
      ageGroup: "35-39", status: "finisher", timeSeconds: 4 * 3600 + 45 * 60 + 12, placeOverall: 1, placeBySex: null,
      placeInAgeGroup: null, utmbScore: null,
    });
    expect(byName(rows, "Kelsey Brandt")).toMatchObject({ sex: "F", placeOverall: 3, timeSeconds: 5 * 3600 + 65, birthYear: 1985, ageGroup: "40-44" });
    expect(rows.filter((r) => r.placeOverall === 4).map((r) => [r.name, r.sex, r.timeSeconds])).toEqual([
      ["Diego Ñúñez", "M", 5 * 3600 + 600],
      ["Zoë Lindqvist", "F", 5 * 3600 + 600],
    ]);
    expect(byName(rows, "Mike Johnson, Jr.")).toMatchObject({ bib: "27", placeOverall: 6, ageGroup: "50-54" });
    // Age 19 on race day, born 2005: 20 in the race year (R12's reference).
    expect(byName(rows, "Priya Natarajan")).toMatchObject({ age: 19, birthYear: 2005, ageGroup: "20-34" });
    expect(byName(rows, "Emily Chen")).toMatchObject({ age: null, birthYear: null, ageGroup: null, placeOverall: 13 });
  });

  it("reads status codes 2 DNF, 3 DNS, 5 DQ", async () => {
    const { rows } = ok(await parse(CSV));
    const s = (name: string) => {
      const r = byName(rows, name);
      return [r.status, r.placeOverall, r.timeSeconds];
    };
    expect(s("Ben Archer")).toEqual(["dnf", null, null]);
    expect(s("Olivia Grant")).toEqual(["dnf", null, 3 * 3600 + 15 * 60]);
    expect(s("Tom Bauer")).toEqual(["dns", null, null]);
    expect(s("Sara Lopez")).toEqual(["dns", null, null]);
    expect(s("Nate Fischer")).toEqual(["dsq", null, 4 * 3600 + 58 * 60]);
    expect(rows.filter((r) => r.status === "finisher")).toHaveLength(13);
  });

  it("warns about the columns it does not read and the row whose gender is neither F nor M", async () => {
    const { warnings } = ok(await parse(CSV));
    expect(warnings).toEqual([
      { line: 1, column: null, message: "Columns not read: gp." },
      { line: 15, column: "sex", message: 'sex "X": the rules rank women and men (R9), so this result (a mixed team or a non-binary ranking) is not imported' },
    ]);
  });

  it("refuses an unknown status with its line", async () => {
    const errors = errorsOf(await parse(withLine(CSV, 16, "0,,Ben,Archer,37,M,50,3/14/1988,Ogden,UT,4,")));
    expect(errors).toEqual([
      { line: 16, column: "status", message: 'status "4" is not a code we know (1 finished, 2 DNF, 3 DNS, 5 DQ): we cannot tell whether this runner finished' },
    ]);
  });

  it("refuses a finisher without a time or a place, and an unreadable time", async () => {
    let text = withLine(CSV, 3, "2,,Marcus,Reed,33,M,2,4/6/1992,Cedar City,UT,1,2");
    text = withLine(text, 4, "0,05:01:05.8,Kelsey,Brandt,40,F,100,2/13/1985,Leadville,CO,1,1");
    text = withLine(text, 5, "4,5h10,Diego,Ñúñez,28,M,15,11/30/1996,Santa Fe,NM,1,3");
    expect(errorsOf(await parse(text))).toEqual([
      { line: 3, column: "time", message: "time is required for a finisher (HH:MM:SS)" },
      { line: 4, column: "place", message: "place is required for a finisher" },
      { line: 5, column: "time", message: 'time "5h10" is not a time (HH:MM:SS): a finisher needs one' },
    ]);
  });

  it("refuses a duplicate bib", async () => {
    const errors = errorsOf(await parse(withLine(CSV, 3, "2,4:52:40,Marcus,Reed,33,M,1,4/6/1992,Cedar City,UT,1,2")));
    expect(errors).toEqual([{ line: 3, column: "bib", message: 'bib "1" is a duplicate (first on line 2)' }]);
  });

  it("warns about a birth date it cannot read and an age that is not one", async () => {
    const text = withLine(CSV, 3, "2,4:52:40,Marcus,Reed,thirty,M,2,April 1992,Cedar City,UT,1,2");
    const out = ok(await parse(text));
    expect(byName(out.rows, "Marcus Reed")).toMatchObject({ age: null, birthYear: null, ageGroup: null, status: "finisher" });
    expect(out.warnings).toContainEqual({ line: 3, column: "age", message: 'age "thirty" is not an age: left empty' });
    expect(out.warnings).toContainEqual({ line: 3, column: "dob", message: 'dob "April 1992" is not a date (YYYY-MM-DD, DD/MM/YYYY) nor a year: left empty' });
  });
});

describe("UltraSignup results CSV without status nor bib", () => {
  it("gives each row the bib L<line>, with one warning for the file", async () => {
    const out = ok(await parse(NO_STATUS));
    expect(out.format).toBe("ultrasignup");
    expect(out.rows.map((r) => r.bib)).toEqual(["L2", "L3", "L4", "L5", "L6", "L7", "L8"]);
    expect(out.warnings).toContainEqual({
      line: 2,
      column: "bib",
      message: 'the file has no bib column: each row\'s bib is "L" and its line number (here L2): the portal keys results by bib (7 rows, first on this line)',
    });
  });

  it("reads a place and a time as a finisher, neither as a DNF (one warning), a word in place as its status", async () => {
    const out = ok(await parse(NO_STATUS));
    expect(out.rows.map((r) => [r.name, r.status, r.placeOverall, r.timeSeconds, r.sex])).toEqual([
      ["Alex Morgan", "finisher", 1, 3 * 3600 + 58 * 60 + 21, "M"],
      ["Jamie Rivera", "finisher", 2, 4 * 3600 + 5 * 60 + 10, "F"],
      ["Chris Young", "finisher", 3, 4 * 3600 + 11 * 60 + 42, "M"],
      ["Renée Dubois", "finisher", 4, 4 * 3600 + 30 * 60, "F"],
      ["Pat Kelly", "dnf", null, null, "M"],
      ["Dana Fox", "dnf", null, null, "F"],
      ["Lee Park", "dns", null, null, "M"],
    ]);
    expect(out.warnings).toContainEqual({
      line: 6,
      column: "status",
      message: "the file has no status column: rows with no place and no time are read as DNF (a DNS cannot be told apart): neither takes a place (2 rows, first on this line)",
    });
    // Born in the race year minus the age when no dob is given.
    expect(out.rows[0]).toMatchObject({ age: 30, birthYear: 1995, ageGroup: "20-34" });
  });

  it("refuses a place without a time and a time without a place", async () => {
    let text = withLine(NO_STATUS, 3, "2,,Jamie,Rivera,27,F,Truckee,CA");
    text = withLine(text, 6, "0,5:01:00,Pat,Kelly,50,M,Sparks,NV");
    expect(errorsOf(await parse(text))).toEqual([
      { line: 3, column: "time", message: "place 2 but no time: a finisher needs a time, a non-finisher no place; give the time or a status column" },
      { line: 6, column: "place", message: 'time "5:01:00" but no place: we cannot tell whether this runner finished; give the place or a status column' },
    ]);
  });

  it("refuses a header missing a required column", async () => {
    const errors = errorsOf(await parse(NO_STATUS.replace("place,time,first,last,age,gender", "place,first,last,gender,city2,state2")));
    expect(errors[0]?.message).toMatch(/^The header of the UltraSignup results CSV .* is wrong \(missing time, age\)/);
  });
});

/**
 * The parser on real exports of the corpus (../shared/fixtures/real/utmb-project-results.tar.xz, byte for
 * byte as published): one test per mapping of a field that decides nothing, and one per refusal, each
 * on the real file where it was found (refusals: the real file with the one value that makes it wrong).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseResults } from "./parse";
import type { ImportProblem } from "./problems";
import type { ParsedRaceFile, ParseResultsOutcome } from "./types";

const ARCHIVE = path.join(process.cwd(), "..", "shared", "fixtures", "real", "utmb-project-results.tar.xz");
const FILES = [
  "100milesofistria_2023_white.csv", "alsacegrandest_2023_TDP.csv", "grandraidventoux_2024_26km.csv", "mut_2022_sky.csv",
  "kosciuszko_2024_30k.csv", "tarawera_2024_21.csv", "kosciuszko_2023_50k.csv", "andorrabyutmb_2024_50K.csv",
  "chiangmai_2025_ELP100.csv", "mallorcabyutmb_2024_m500re.csv", "100milesofistria_2023_red.csv", "andorrabyutmb_2022_105K.csv",
  "100milesofistria_2024_168K.csv", "nicebyutmb_2022_50k.csv", "restonica_2025_UTCR.csv", "barilochebyutmb_2025_12K.csv",
];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "real-exports-"));
  execFileSync("tar", ["-xJf", ARCHIVE, "-C", dir, ...FILES.map((f) => `./${f}`)]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (name: string) => readFileSync(path.join(dir, name), "utf8");
/** The physical line (1-based) of the first line containing `needle`. */
const lineOf = (name: string, needle: string) => text(name).split("\n").findIndex((l) => l.includes(needle)) + 1;

async function accepted(outcome: Promise<ParseResultsOutcome>): Promise<ParsedRaceFile> {
  const r = await outcome;
  if (!r.ok) throw new Error(JSON.stringify(r.errors.slice(0, 5)));
  return r;
}
async function refused(outcome: Promise<ParseResultsOutcome>): Promise<ImportProblem[]> {
  const r = await outcome;
  if (r.ok) throw new Error("expected the file to be refused");
  return r.errors;
}
const rowAt = (file: ParsedRaceFile, line: number) => file.rows.find((r) => r.line === line);
const warningAt = (file: ParsedRaceFile, line: number) => file.warnings.filter((w) => w.line === line).map((w) => w.message);

describe("age-group labels map to the R12 bands (R12)", () => {
  it("U18 W has no elite band; U20 M is 18-19 (100 Miles of Istria 2023)", async () => {
    const file = await accepted(parseResults(text("100milesofistria_2023_white.csv")));
    expect(rowAt(file, 33)).toMatchObject({ ageGroup: null, sex: "F" });
    expect(rowAt(file, 83)).toMatchObject({ ageGroup: "18-19", sex: "M" });
  });

  it("80+ W takes 80-84 from the age 83 (Alsace Grand Est 2023)", async () => {
    const file = await accepted(parseResults(text("alsacegrandest_2023_TDP.csv")));
    expect(rowAt(file, lineOf("alsacegrandest_2023_TDP.csv", "Helga WILLIEME"))).toMatchObject({ ageGroup: "80-84", age: 83 });
  });

  it("SE M (a name, no ages) takes the band of the age, once warned for the file (Grand Raid Ventoux 2024)", async () => {
    const file = await accepted(parseResults(text("grandraidventoux_2024_26km.csv")));
    expect(rowAt(file, 8)).toMatchObject({ name: "Arnaud MARTIN", ageGroup: "20-34" });
    expect(warningAt(file, 8)).toContainEqual(expect.stringMatching(/^category "SE M" names no ages: .* \(\d+ rows, first on this line\)$/));
  });

  it("M40 lets the age pick the band (Matterhorn Ultraks 2022)", async () => {
    const file = await accepted(parseResults(text("mut_2022_sky.csv")));
    expect(rowAt(file, 15)).toMatchObject({ name: "Patrick GIESCHKE", age: 48, ageGroup: "45-49" });
  });

  it("SUB20M reads as under 20 (Bariloche 2025)", async () => {
    const name = "barilochebyutmb_2025_12K.csv";
    const line = lineOf(name, ",SUB20M,");
    const file = await accepted(parseResults(text(name)));
    expect(rowAt(file, line)?.ageGroup === null || rowAt(file, line)?.ageGroup === "18-19").toBe(true);
  });
});

describe("countries map to ISO 3166-1 alpha-2 from names and codes", () => {
  it("Guernsey -> GG (Kosciuszko 2024), Korea alone is two countries: left empty with a warning (Tarawera 2024)", async () => {
    const k = await accepted(parseResults(text("kosciuszko_2024_30k.csv")));
    expect(rowAt(k, 1069)).toMatchObject({ name: "Matthew NICHOLAS", nationality: "GG" });
    const t = await accepted(parseResults(text("tarawera_2024_21.csv")));
    expect(rowAt(t, 753)).toMatchObject({ name: "Jung Seok LEE", nationality: null });
    expect(t.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('country "Korea" is not a country we know'));
  });

  it("Hong Kong -> HK (Kosciuszko 2023)", async () => {
    const name = "kosciuszko_2023_50k.csv";
    const file = await accepted(parseResults(text(name)));
    const line = text(name).split("\n").findIndex((l) => /^[^,]*,[^,]*,Hong Kong,/.test(l)) + 1;
    expect(line).toBeGreaterThan(0);
    expect(rowAt(file, line)?.nationality).toBe("HK");
  });
});

describe("status codes and is_finisher", () => {
  it("c (ranked, a time, is_finisher False) is a non-finisher (Andorra 2024)", async () => {
    const file = await accepted(parseResults(text("andorrabyutmb_2024_50K.csv")));
    expect(rowAt(file, 280)).toMatchObject({ status: "dnf", timeSeconds: 35371 });
  });

  it("nl is did-not-start (Chiang Mai 2025) and cancelled too (Mallorca 2024)", async () => {
    const file = await accepted(parseResults(text("chiangmai_2025_ELP100.csv")));
    expect(rowAt(file, 8)).toMatchObject({ name: "Ji Duo", status: "dns", timeSeconds: null });
    const mallorca = await accepted(parseResults(text("mallorcabyutmb_2024_m500re.csv")));
    expect(mallorca.rows.some((r) => r.status === "dns")).toBe(true);
  });

  it("a with is_finisher True is a DNF: the status decides, with a warning (100 Miles of Istria 2023)", async () => {
    const file = await accepted(parseResults(text("100milesofistria_2023_red.csv")));
    expect(rowAt(file, 179)).toMatchObject({ name: "Marek ROD", status: "dnf" });
    expect(file.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('is_finisher "True" contradicts status "a": the status decides'));
  });
});

describe("rows, races and runners", () => {
  it("Date: N/A dates the race July 1 of the URL's year, with a warning (Andorra 2022)", async () => {
    const file = await accepted(parseResults(text("andorrabyutmb_2022_105K.csv")));
    expect(file.race.date).toBe("2022-07-01");
    expect(warningAt(file, 5)).toContainEqual(expect.stringContaining("The race date is not given (Date: N/A): dated 2022-07-01"));
    const given = await accepted(parseResults(text("andorrabyutmb_2022_105K.csv"), { race: { date: "2022-07-09" } }));
    expect(given.race.date).toBe("2022-07-09");
  });

  it("one runner on two rows (a finish and a DNS): the finish is kept (100 Miles of Istria 2024)", async () => {
    const file = await accepted(parseResults(text("100milesofistria_2024_168K.csv")));
    const velko = file.rows.filter((r) => r.externalId === "3195415");
    expect(velko).toEqual([expect.objectContaining({ line: 261, bib: "428", status: "finisher" })]);
    expect(warningAt(file, 410)).toEqual(["runner 3195415 is also on line 261 (bib 428, finisher): this dns row (bib 268) is left out"]);
  });

  it("another runner's profile on a finisher's row: that row keeps its result without the id (Nice 2022)", async () => {
    const file = await accepted(parseResults(text("nicebyutmb_2022_50k.csv")));
    expect(rowAt(file, 50)).toMatchObject({ name: "Yuri YOSHIZUMI", externalId: "1092705" });
    expect(rowAt(file, 747)).toMatchObject({ name: "Patrick CABANNE", externalId: null, status: "finisher" });
  });

  it("sex X (relay teams ranked apart) is left out with a warning; the men's podium is untouched (Restonica 2025)", async () => {
    const file = await accepted(parseResults(text("restonica_2025_UTCR.csv")));
    expect(rowAt(file, 10)).toBeUndefined();
    expect(warningAt(file, 10)).toContainEqual(expect.stringContaining('sex "X": the rules rank women and men (R9)'));
    expect(rowAt(file, 11)).toMatchObject({ sex: "M", placeBySex: 3 });
  });
});

describe("refusals: what would make an answer wrong", () => {
  const andorra = "andorrabyutmb_2024_50K.csv";
  const winnerLine = () => text(andorra).split("\n").find((l) => /,H,[^,]*,[^,]*,[^,]*,[^,]*,1\.0,1\.0,/.test(l))!;

  it("the men's winner with no sex: the podium depends on it (R9)", async () => {
    const winner = winnerLine();
    const errors = await refused(parseResults(text(andorra).replace(winner, winner.replace(",H,", ",,"))));
    expect(errors).toEqual([expect.objectContaining({ column: "sex", message: expect.stringContaining("but its sex is not given") })]);
  });

  it("the winner marked DNF but still ranked first among men (R9)", async () => {
    const winner = winnerLine();
    const errors = await refused(parseResults(text(andorra).replace(winner, winner.replace(",True,f,", ",False,a,"))));
    expect(errors).toEqual([expect.objectContaining({ column: "status", message: expect.stringContaining("its status is dnf") })]);
  });

  it("an unknown status with is_finisher True, a finisher without a time, a place that is not a number", async () => {
    const winner = winnerLine();
    const line = text(andorra).split("\n").indexOf(winner) + 1;
    const cells = winner.split(",");
    const broken = (i: number, value: string) => text(andorra).replace(winner, cells.map((c, j) => (j === i ? value : c)).join(","));
    expect(await refused(parseResults(broken(15, "zz")))).toEqual([expect.objectContaining({ line, column: "status" })]);
    const noTime = text(andorra).replace(winner, cells.map((c, j) => (j === 12 ? "" : j === 13 ? "-1" : c)).join(","));
    expect(await refused(parseResults(noTime))).toEqual([expect.objectContaining({ line, column: "race_time_seconds", message: 'race_time_seconds "-1" is not a time: a finisher needs one' })]);
    expect(await refused(parseResults(broken(10, "first")))).toEqual([expect.objectContaining({ line, column: "rank_sex" })]);
  });

  it("one runner's finish entered twice, counted by the file's places, ahead of the podium (R9)", async () => {
    // The men's 2nd place carries the winner's name and profile: one of the two rows is wrong, and the
    // 3rd man is on the podium or not depending on which.
    const lines = text(andorra).split("\n");
    const winner = winnerLine();
    const second = lines.find((l) => /,H,[^,]*,[^,]*,[^,]*,[^,]*,2\.0,2\.0,/.test(l))!;
    const [, name, , , , , , url] = winner.split(",");
    const cells = second.split(",");
    cells[1] = name!;
    cells[7] = url!;
    const errors = await refused(parseResults(text(andorra).replace(second, cells.join(","))));
    expect(errors).toEqual([expect.objectContaining({ message: expect.stringContaining("it is a second row of runner") })]);
  });
});

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildResultsFile } from "@/test/make-results-file";
import { externalIdFromProfileUrl } from "./formats/live";
import { withSha256 } from "./input";
import { parseResults } from "./parse";
import { formatProblem as formatImportError } from "./problems";
import type { ParseResultsOutcome, ParsedRaceFile } from "./types";

const fixtures = path.join(process.cwd(), "test", "fixtures");
const LIVE_HEADER =
  "bib,name,country,age,sex,category,club,utmb_profile_url,utmb_index,rank_scratch,rank_sex,rank_category,race_time,race_time_seconds,is_finisher,status,utmb_score";
const read = (name: string) => readFileSync(path.join(fixtures, name));

async function ok(outcome: Promise<ParseResultsOutcome>): Promise<ParsedRaceFile> {
  const result = await outcome;
  if (!result.ok) throw new Error(`expected a parsed file, got:\n${result.errors.map(formatImportError).join("\n")}`);
  return result;
}

async function refused(outcome: Promise<ParseResultsOutcome>) {
  const result = await outcome;
  if (result.ok) throw new Error("expected the file to be refused");
  return result;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

describe("parseResults on the real Canyons 2024 100K export", () => {
  it("reads the race metadata lines", async () => {
    const file = await ok(parseResults(read("real/canyons_2024_100k.csv")));
    expect(file.format).toBe("live");
    expect(file.race).toEqual({
      name: "HOKA Canyons Endurance Run by UTMB 2024 - 100K",
      distanceKm: 101.5,
      elevationGainM: 3247,
      elevationLossM: 3247,
      date: "2024-04-27",
      url: "https://live.utmb.world/canyons/2024",
    });
  });

  it("keeps every row: 445 finishers, 141 DNF (a), 144 DNS (np)", async () => {
    const file = await ok(parseResults(read("real/canyons_2024_100k.csv")));
    expect(file.rows).toHaveLength(730);
    expect(countBy(file.rows, (r) => r.status)).toEqual({ finisher: 445, dnf: 141, dns: 144 });
  });

  it("reads the first row into the portal's terms", async () => {
    const file = await ok(parseResults(read("real/canyons_2024_100k.csv")));
    expect(file.rows[0]).toEqual({
      line: 8,
      bib: "1032",
      externalId: "1261043",
      profileName: "rod.farvard",
      name: "Rod FARVARD",
      sex: "M",
      birthYear: 1994,
      nationality: "US",
      age: 30,
      ageGroup: "20-34",
      status: "finisher",
      timeSeconds: 31470,
      placeOverall: 1,
      placeBySex: 1,
      placeInAgeGroup: 1,
      utmbScore: null,
      utmbIndex: 861,
    });
  });

  it("ranks DNFs after the finishers with their last checkpoint time, and DNS without rank or time", async () => {
    const file = await ok(parseResults(read("real/canyons_2024_100k.csv")));
    const meyers = file.rows.find((r) => r.bib === "1502");
    expect(meyers).toMatchObject({ status: "dnf", placeOverall: 446, placeBySex: 120, timeSeconds: 47557 });
    const dns = file.rows.filter((r) => r.status === "dns");
    expect(dns.every((r) => r.placeOverall === null && r.placeBySex === null && r.timeSeconds === null)).toBe(true);
  });

  it("keeps ties: two men share place by sex 32", async () => {
    const file = await ok(parseResults(read("real/canyons_2024_100k.csv")));
    const tied = file.rows.filter((r) => r.sex === "M" && r.status === "finisher" && r.placeBySex === 32).map((r) => r.bib);
    expect(tied.sort()).toEqual(["1064", "1293"]);
  });

  it("has no scores, empty indexes and countries, the Chinese name and the runner without a profile url", async () => {
    const file = await ok(parseResults(read("real/canyons_2024_100k.csv")));
    expect(file.rows.every((r) => r.utmbScore === null)).toBe(true);
    expect(file.rows.filter((r) => r.nationality === null)).toHaveLength(3);
    expect(file.rows.find((r) => r.line === 265)).toMatchObject({ name: "威廷 陳", externalId: "6058191", nationality: "TW", sex: "M" });
    const noUrl = file.rows.filter((r) => r.externalId === null);
    expect(noUrl).toEqual([expect.objectContaining({ bib: "1405", name: "Rafał KINCER", status: "dns" })]);
  });

  it("reads 18-19 as an age group of its own", async () => {
    const file = await ok(parseResults(read("real/canyons_2024_100k.csv")));
    expect(file.rows.some((r) => r.ageGroup === "18-19")).toBe(true);
  });
});

describe("parseResults on the real Torrencial 2025 100K export", () => {
  it('has no race name ("Unknown") and keeps the rest of the metadata', async () => {
    const file = await ok(parseResults(read("real/torrencialbyutmb_2025_100k.csv")));
    expect(file.race).toMatchObject({ name: null, distanceKm: 98, elevationGainM: 3500, date: "2025-06-21" });
  });

  it("maps f / a / hd / s / u / np: 122 finishers, 79 non-finishers, 23 DNS", async () => {
    const file = await ok(parseResults(read("real/torrencialbyutmb_2025_100k.csv")));
    expect(file.rows).toHaveLength(224);
    expect(countBy(file.rows, (r) => r.status)).toEqual({ finisher: 122, dnf: 79, dns: 23 });
  });

  it("reads the quoted club with a comma as one field", async () => {
    const file = await ok(parseResults(read("real/torrencialbyutmb_2025_100k.csv")));
    expect(file.rows.find((r) => r.bib === "104")).toMatchObject({ line: 77, name: "Octavio MUÑOZ ASENJO", utmbScore: 526, placeBySex: 59 });
  });

  it("reads scores, and empty scores as null", async () => {
    const file = await ok(parseResults(read("real/torrencialbyutmb_2025_100k.csv")));
    expect(file.rows[0]).toMatchObject({ bib: "22", utmbScore: 832, externalId: "4935706" });
    expect(file.rows.filter((r) => r.utmbScore === null)).toHaveLength(65);
    expect(file.rows.filter((r) => r.externalId === null).map((r) => r.bib)).toEqual(["232", "241", "239"]);
  });

  it("keeps the tie at place by sex 104", async () => {
    const file = await ok(parseResults(read("real/torrencialbyutmb_2025_100k.csv")));
    expect(file.rows.filter((r) => r.sex === "M" && r.placeBySex === 104 && r.status === "finisher").map((r) => r.bib).sort()).toEqual(["206", "96"]);
  });
});

describe("parseResults on small fixtures", () => {
  it("reads a valid live file and a canonical file to the same rows", async () => {
    const live = await ok(parseResults(read("import/valid-live.csv")));
    const canonical = await ok(parseResults(read("import/valid-canonical.csv")));
    expect(canonical.format).toBe("canonical");
    const strip = (f: ParsedRaceFile) => f.rows.map(({ line: _line, profileName: _profile, utmbIndex: _index, ...r }) => r);
    expect(strip(canonical)).toEqual(strip(live));
    expect(live.rows[1]).toMatchObject({ bib: "2", name: "Jon DOE", sex: "M", utmbScore: null, ageGroup: "40-44" });
    expect([live.rows.map((r) => r.utmbIndex), canonical.rows.map((r) => r.utmbIndex)]).toEqual([[700, null, null, null], Array(4).fill(undefined)]); // R20
  });

  it("refuses a header without a required column, listing what was expected and what was found", async () => {
    const { errors } = await refused(parseResults(read("import/wrong-header.csv")));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(7);
    expect(errors[0]?.message).toContain("is wrong (missing sex)");
    expect(errors[0]?.message).toContain("(bib,name,country,age,sex,");
    expect(errors[0]?.message).toContain("found bib,name,country,age,gender,");
  });

  it("leaves out a row of sex X (ranked apart from women and men, R9) with a warning", async () => {
    const file = await ok(parseResults(read("import/bad-sex.csv")));
    expect(file.rows.map((r) => r.bib)).toEqual(["1", "3"]);
    expect(file.warnings).toEqual([{ line: 9, column: "sex", message: expect.stringContaining('sex "X": the rules rank women and men (R9)') }]);
  });

  it("takes race_time when race_time_seconds is negative or not a number, and says so", async () => {
    for (const name of ["negative-time", "text-in-number"]) {
      const file = await ok(parseResults(read(`import/${name}.csv`)));
      expect(file.rows.find((r) => r.line === 9)?.timeSeconds).toBe(19200);
      expect(file.warnings).toEqual([{ line: 9, column: "race_time_seconds", message: expect.stringContaining('is not a time: race_time "05:20:00" is used') }]);
    }
  });

  it("refuses a finisher without a readable time", async () => {
    const text = ["# Distance: 10 km", "# D+: 100 m", "# Date: 2025-01-01", LIVE_HEADER, "1,A B,FR,30,F,20-34W,,,,1.0,1.0,1.0,-01:00:00,-3600,True,f,"].join("\n");
    const { errors } = await refused(parseResults(text));
    expect(errors).toEqual([{ line: 5, column: "race_time_seconds", message: 'race_time_seconds "-3600" is not a time: a finisher needs one' }]);
  });

  it("refuses a duplicate bib, naming the first line", async () => {
    const { errors } = await refused(parseResults(read("import/duplicate-bib.csv")));
    expect(errors).toEqual([{ line: 10, column: "bib", message: 'bib "1" is a duplicate (first on line 8)' }]);
  });

  it("lists every problem of the file, not only the first, with the warnings", async () => {
    const outcome = await refused(parseResults(read("import/many-problems.csv")));
    expect(outcome.errors.map(formatImportError)).toEqual(['line 9: rank_scratch "2.x" is not a number', 'line 10: bib "1" is a duplicate (first on line 8)']);
    expect(outcome.warnings.map(formatImportError)).toEqual([
      'line 9: race_time_seconds "-5" is not a time: race_time "05:20:00" is used',
      'line 10: status "zz" is not a code we know; is_finisher is False: read as a non-finisher',
    ]);
  });

  it("refuses a file without distance and date, unless the caller gives them", async () => {
    const { errors } = await refused(parseResults(read("import/missing-metadata.csv")));
    expect(errors.map((e) => e.column)).toEqual(["Distance", "Date"]);
    const file = await ok(parseResults(read("import/missing-metadata.csv"), { race: { distanceKm: 55, date: "2025-05-10" } }));
    expect(file.race).toMatchObject({ distanceKm: 55, elevationGainM: 2500, date: "2025-05-10", name: "Fixture Trail 55K" });
  });

  it("lets the caller's metadata win over the file's", async () => {
    const file = await ok(parseResults(read("import/valid-live.csv"), { race: { name: "Other", distanceKm: 56 } }));
    expect(file.race).toMatchObject({ name: "Other", distanceKm: 56, elevationGainM: 2500 });
  });

  it("warns of a category letter that contradicts the sex and a url without a runner number, and refuses an unclosed quote", async () => {
    const text = [
      "# Distance: 10 km",
      "# D+: 100 m",
      "# Date: 2025-01-01",
      LIVE_HEADER,
      "1,A B,FR,30,F,20-34M,,https://utmb.world/runner/abc,,1.0,1.0,1.0,01:00:00,3600,True,f,",
      '2,"C D,FR,30,F,20-34W,,,,2.0,2.0,2.0,01:00:00,3600,True,f,',
    ].join("\n");
    const outcome = await refused(parseResults(text));
    expect(outcome.errors.map(formatImportError)).toEqual(['line 6: unreadable CSV: a quoted field opens on this line and is never closed (a " is missing)']);
    expect(outcome.warnings.map(formatImportError)).toEqual([
      'line 5: utmb_profile_url "https://utmb.world/runner/abc" has no runner number: the runner is matched by bib',
      'line 5: category "20-34M" does not match the row\'s sex: the sex column decides',
    ]);
  });

  it("names the line where an unclosed quote opens, not the end of the file", async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `${i + 1},A B${i},FR,30,F,20-34W,,,,${i + 1}.0,${i + 1}.0,1.0,01:00:00,3600,True,f,`);
    rows[2] = rows[2]!.replace("A B2", '"A B2');
    const outcome = await refused(parseResults(["# Distance: 10 km", "# D+: 100 m", "# Date: 2025-01-01", LIVE_HEADER, ...rows].join("\n")));
    expect(outcome.errors.map(formatImportError)).toEqual(['line 7: unreadable CSV: a quoted field opens on this line and is never closed (a " is missing)']);
  });

  it("keeps a stray quote inside a field as text", async () => {
    const text = ["# Distance: 10 km", "# D+: 100 m", "# Date: 2025-01-01", LIVE_HEADER, '1,Anna "Speedy" BERG,FR,30,F,20-34W,,,,1.0,1.0,1.0,01:00:00,3600,True,f,'].join("\n");
    const file = await ok(parseResults(text));
    expect(file.rows[0]?.name).toBe('Anna "Speedy" BERG');
  });

  it("refuses a file with a header and no rows", async () => {
    const { errors } = await refused(parseResults("# Distance: 10 km\n# D+: 0 m\n# Date: 2025-01-01\n" + "bib,external_id,name,sex,status\n"));
    expect(errors.map(formatImportError)).toEqual(["line 4: The file has no result rows."]);
  });
});

describe("parseResults size limit", () => {
  it("refuses a 50 MB file from its announced size without reading it", async () => {
    let read = false;
    async function* never() {
      read = true;
      yield "";
    }
    const result = await refused(parseResults(never(), { sizeBytes: 50 * 1024 * 1024 }));
    expect(result.tooLarge).toBe(true);
    expect(result.errors[0]?.message).toBe("The file is larger than the 20 MB limit; split it or raise the limit.");
    expect(read).toBe(false);
  });

  it("stops reading a 50 MB stream soon after the limit", async () => {
    const chunk = new TextEncoder().encode(buildResultsFile({ rows: 2000 }).split("\n").slice(7).join("\n"));
    let sent = 0;
    async function* fiftyMegabytes() {
      yield new TextEncoder().encode(buildResultsFile({ rows: 1 }));
      while (sent < 50 * 1024 * 1024) {
        sent += chunk.byteLength;
        yield chunk;
      }
    }
    const result = await refused(parseResults(fiftyMegabytes()));
    expect(result.tooLarge).toBe(true);
    expect(sent).toBeLessThan(21 * 1024 * 1024 + chunk.byteLength);
  }, 30_000); // reads 20 MB: time enough on a busy 2-core machine (a limit test, not a speed test)

  it("honours a smaller configured limit", async () => {
    const result = await refused(parseResults(read("real/canyons_2024_100k.csv"), { maxBytes: 50 * 1024 }));
    expect(result.errors[0]?.message).toContain("50 KB limit");
  });
});

describe("streaming", () => {
  it("gives the same rows whatever the chunking, and hashes what it reads", async () => {
    const bytes = read("real/torrencialbyutmb_2025_100k.csv");
    const whole = await ok(parseResults(bytes));
    async function* tiny() {
      // 7-byte chunks split UTF-8 characters and lines anywhere.
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    const hashed = withSha256(tiny());
    const chunked = await ok(parseResults(hashed.input));
    expect(chunked).toEqual(whole);
    const { createHash } = await import("node:crypto");
    expect(hashed.digest()).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("reads a generated 10,000-row file", async () => {
    const file = await ok(parseResults(buildResultsFile({ rows: 10_000, seed: 7 })));
    expect(file.rows).toHaveLength(10_000);
  });
});

describe("externalIdFromProfileUrl", () => {
  it("takes the number at the start of the last path segment", () => {
    expect(externalIdFromProfileUrl("https://utmb.world/runner/1261043.rod.farvard")).toBe("1261043");
    expect(externalIdFromProfileUrl("https://utmb.world/runner/6058191.------.---")).toBe("6058191");
    expect(externalIdFromProfileUrl("https://utmb.world/runner/42/")).toBe("42");
    expect(externalIdFromProfileUrl("https://utmb.world/runner/rod")).toBeNull();
  });
});

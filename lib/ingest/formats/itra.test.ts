import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parseResults } from "../parse";
import { readXlsxRows } from "../xlsx";
import type { ParsedRow, ParseResultsOutcome } from "../types";
import { birthYearOf } from "./itra";

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../test/fixtures/itra/${name}`, import.meta.url)));
const CSV = fixture("itra-results.csv").toString("utf8");
const race = { distanceKm: 50, elevationGainM: 2000, date: "2025-06-01" };
const parse = (input: string | Uint8Array) => parseResults(input, { race });

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
/** The fixture with one line (1-based, header is 1) replaced. */
const withLine = (line: number, text: string) => CSV.split("\n").map((l, i) => (i === line - 1 ? text : l)).join("\n");

describe("ITRA result file (CSV)", () => {
  it("is detected from its header and reads every row", async () => {
    const out = ok(await parse(CSV));
    expect(out.format).toBe("itra");
    expect(out.rows).toHaveLength(22);
    expect(out.race).toMatchObject({ distanceKm: 50, elevationGainM: 2000, date: "2025-06-01" });
  });

  it("reads places, ties, times, sex, names, nationality (IOC codes) and birth years", async () => {
    const { rows } = ok(await parse(CSV));
    expect(byName(rows, "Lucas Dupont")).toEqual({
      line: 2, bib: "101", externalId: null, name: "Lucas Dupont", sex: "M", birthYear: 1990, nationality: "FR", age: 35,
      ageGroup: "35-39", status: "finisher", timeSeconds: 5 * 3600 + 12 * 60 + 33, placeOverall: 1, placeBySex: null,
      placeInAgeGroup: null, utmbScore: null,
    });
    // Ex-aequo: two runners third, the next one fifth.
    expect(rows.filter((r) => r.placeOverall === 3).map((r) => r.name)).toEqual(["Zoë Müller", "Marco Rossi"]);
    expect(byName(rows, "Sanne van Dijk")).toMatchObject({ placeOverall: 5, sex: "F", nationality: "NL", birthYear: 1984 });
    expect(byName(rows, "Zoë Müller")).toMatchObject({ sex: "F", nationality: "CH", birthYear: 1995, age: 30, ageGroup: "20-34" });
    expect(byName(rows, "Marco Rossi")).toMatchObject({ sex: "M", nationality: "IT" }); // H = homme
    expect(byName(rows, "Jonas Schmidt")).toMatchObject({ nationality: "DE", birthYear: 1988 }); // DD/MM/YYYY
    expect(byName(rows, "José Luis García")).toMatchObject({ sex: "M", nationality: "ES", ageGroup: "50-54" }); // "Male"
    expect(byName(rows, "Emma Smith")).toMatchObject({ sex: "F", nationality: "GB" }); // "Female"
    expect(byName(rows, "Yuki Nakamura")).toMatchObject({ birthYear: 1992, nationality: "JP" }); // DD.MM.YYYY
    expect(byName(rows, "Claire Dubois")).toMatchObject({ birthYear: null, age: null, ageGroup: null });
    expect(byName(rows, "Anaïs Lefèvre")).toMatchObject({ age: 18, ageGroup: "18-19" });
    expect(byName(rows, "Ana Silva")).toMatchObject({ nationality: "PT", birthYear: null }); // POR: IOC code
    expect(byName(rows, "Pierre Moreau")).toMatchObject({ timeSeconds: 25 * 3600 + 14 * 60 + 9, age: 76, ageGroup: "75-79" });
  });

  it("reads DNF, ABD/Abandon, DNS and DQ/DSQ rankings as non-finishers without a place", async () => {
    const { rows } = ok(await parse(CSV));
    const status = (name: string) => {
      const r = byName(rows, name);
      return [r.status, r.placeOverall, r.timeSeconds];
    };
    expect(status("Anna Keller")).toEqual(["dnf", null, null]);
    expect(status("Tobias Weber")).toEqual(["dnf", null, 3 * 3600 + 10 * 60]); // time of the last checkpoint kept
    expect(status("Lucía Rodríguez")).toEqual(["dnf", null, null]);
    expect(status("Luca Bianchi")).toEqual(["dnf", null, null]);
    expect(status("Julien Martin")).toEqual(["dns", null, null]);
    expect(status("Jack Brown")).toEqual(["dsq", null, 5 * 3600 + 59 * 60]);
    expect(status("Ingrid Larsen")).toEqual(["dsq", null, null]);
    expect(rows.filter((r) => r.status === "finisher")).toHaveLength(15);
  });

  it("warns about values that decide nothing and leaves them empty", async () => {
    const { warnings } = ok(await parse(CSV));
    expect(warnings).toEqual([
      { line: 14, column: "birthdate", message: 'birthdate "n/a" is not a date (YYYY-MM-DD, DD/MM/YYYY) nor a year: left empty' },
      { line: 15, column: "nationality", message: 'nationality "Atlantis" is not a country we know: left empty' },
    ]);
  });

  it("reads columns in any order and tells extra ones", async () => {
    const lines = CSV.trim().split("\n").slice(0, 3);
    const swapped = lines.map((l) => {
      const cells = l.split(",");
      return [cells[7], cells[2], cells[3], cells[0], cells[1], cells[4], "x"].join(",");
    });
    swapped[0] = "Bib number,Family name,First name,Ranking,Time,Gender,Category";
    const out = ok(await parse(swapped.join("\n")));
    expect(out.format).toBe("itra");
    expect(out.rows.map((r) => [r.bib, r.name, r.placeOverall, r.nationality])).toEqual([["101", "Lucas Dupont", 1, null], ["115", "Jonas Schmidt", 2, null]]);
    expect(out.warnings).toEqual([{ line: 1, column: null, message: "Columns not read: category." }]);
  });

  it("refuses an unknown ranking with its line", async () => {
    const errors = errorsOf(await parse(withLine(17, "Retired,,Keller,Anna,F,1986-09-09,SUI,236,Bern")));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 17, column: "ranking" });
    expect(errors[0]?.message).toMatch(/^ranking "Retired" is neither a place nor one of DNF, .*: we cannot tell whether this runner finished$/);
  });

  it("refuses a finisher without a readable time, a bad place and a row without a bib", async () => {
    const text = withLine(4, "3,,Müller,Zoë,F,1995,SUI,230,Zermatt")
      .replace("\n7,06:15:20,", "\n7,6h15,")
      .replace("\n8,06:40:05,O'Brien,Liam,M,1965,IRL,170,", "\n8,06:40:05,O'Brien,Liam,M,1965,IRL,,")
      .replace("\n9,07:05:59,", "\n0,07:05:59,");
    expect(errorsOf(await parse(text))).toEqual([
      { line: 4, column: "time", message: "time is required for a finisher (HH:MM:SS)" },
      { line: 8, column: "time", message: 'time "6h15" is not a time (HH:MM:SS): a finisher needs one' },
      { line: 9, column: "bib number", message: "bib number is required" },
      { line: 10, column: "ranking", message: 'ranking "0" must be 1 or more' },
    ]);
  });

  it("refuses a header without the bib number column", async () => {
    const text = CSV.replace("Bib number", "Bib no.");
    const errors = errorsOf(await parse(text));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^The header of the ITRA result file .* is wrong \(missing bib number\)/);
  });

  it("leaves out a row whose gender is neither F nor M, with a warning", async () => {
    const out = ok(await parse(withLine(23, "DSQ,,Larsen,Ingrid,X,1990-02-02,NOR,238,Tromsø")));
    expect(out.rows).toHaveLength(21);
    expect(out.warnings.some((w) => w.line === 23 && w.column === "sex")).toBe(true);
  });
});

describe("ITRA result file (.xlsx)", () => {
  it("reads the workbook like the CSV: numbers, [h]:mm:ss times over 24 h, date cells", async () => {
    const fromCsv = ok(await parse(CSV));
    const fromXlsx = ok(await parse(new Uint8Array(fixture("itra-results.xlsx"))));
    expect(fromXlsx.format).toBe("itra");
    // The workbook has an empty row (17) between the finishers and the DNFs: later rows keep their sheet number.
    const shifted = fromCsv.rows.map((r) => ({ ...r, line: r.line >= 17 ? r.line + 1 : r.line }));
    expect(fromXlsx.rows).toEqual(shifted);
    expect(fromXlsx.warnings).toEqual(fromCsv.warnings);
    expect(byName(fromXlsx.rows, "Pierre Moreau").timeSeconds).toBe(25 * 3600 + 14 * 60 + 9);
  });
});

/** A zip archive of the given parts, deflated (CRCs left 0: the guard reads before any CRC is checked). */
function zip(parts: Record<string, string | Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const raw = typeof content === "string" ? Buffer.from(content) : Buffer.from(content);
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

describe("readXlsxRows guards", () => {
  it("refuses a workbook that inflates past the limit (a zip bomb), on the bytes it really inflates to", async () => {
    const bomb = zip({ "xl/worksheets/sheet1.xml": new Uint8Array(2 * 1024 * 1024).fill(0x20) });
    expect(bomb.length).toBeLessThan(10_000);
    await expect(readXlsxRows(bomb, { maxUncompressedBytes: 1024 * 1024 })).rejects.toThrow(/unpacks to more than 1 MB/);
  });

  it("refuses a sheet with an absurd number of rows, through parseResults", async () => {
    const sheet = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ranking</t></is></c></row><row r="250000"/></sheetData></worksheet>`;
    const out = await parse(zip({ "xl/workbook.xml": "<workbook/>", "xl/worksheets/sheet1.xml": sheet }));
    expect(errorsOf(out)).toEqual([{ line: null, column: null, message: "The workbook cannot be read: a sheet has 250000 rows: more than 200000 is not a results file" }]);
  });

  it("refuses a zip that is not a workbook with a clear message", async () => {
    const out = await parse(zip({ "hello.txt": "hello" }));
    expect(errorsOf(out)[0]?.message).toMatch(/^The workbook cannot be read: not a workbook we can read/);
  });

  it("reads dates and durations of a 1904-dated workbook (old Mac Excel)", async () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const workbook = zip({
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      "xl/workbook.xml": `<workbook ${ns}><workbookPr date1904="1"/><sheets><sheet name="Results" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/styles.xml": `<styleSheet ${ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="46" applyNumberFormat="1"/></cellXfs></styleSheet>`,
      // 1904 system: 1990-03-14 is day 31484; 26:30:00 is 1.104166...
      "xl/worksheets/sheet1.xml": `<worksheet ${ns}><sheetData><row r="1"><c r="A1" s="1"><v>31484</v></c><c r="B1" s="2"><v>1.1041666666666667</v></c><c r="C1"><v>101.5</v></c><c r="D1" t="b"><v>1</v></c></row></sheetData></worksheet>`,
    });
    expect(await readXlsxRows(workbook)).toEqual([["1990-03-14", "26:30:00", "101.5", "TRUE"]]);
  });

  it("refuses a truncated workbook", async () => {
    const bytes = new Uint8Array(fixture("itra-results.xlsx")).subarray(0, 2000);
    expect(errorsOf(await parse(bytes))[0]?.message).toMatch(/^The workbook cannot be read: the file is not a complete .xlsx workbook/);
  });
});

describe("birthYearOf", () => {
  it.each([
    ["1985-04-23", 1985], ["1985", 1985], ["23/04/1985", 1985], ["4/23/1985", 1985], ["23.04.1985", 1985],
    ["1985-04-23 00:00:00", 1985], ["1985-13-01", null], ["31/31/1985", null], ["85", null], ["n/a", null], ["", null],
  ] as const)("%s -> %s", (text, year) => {
    expect(birthYearOf(text)).toBe(year);
  });
});

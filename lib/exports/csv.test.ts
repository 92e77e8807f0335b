import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it("prefixes every formula trigger with a quote", () => {
    for (const c of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${c}HYPERLINK("x")`)).toBe(`'${c}HYPERLINK("x")`);
  });
  it("leaves plain text, numbers and empty cells alone", () => {
    expect(csvCell("Camille Roux")).toBe("Camille Roux");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(null)).toBe("");
    expect(csvCell("a=b")).toBe("a=b");
  });
  it("guards negative numbers too (a spreadsheet reads -1 as a formula start)", () => {
    expect(csvCell(-1)).toBe("'-1");
  });
});

describe("toCsv", () => {
  it("quotes commas, quotes and new lines, and reads back as written", () => {
    const rows = [["a,b", 'say "hi"', "two\nlines", "=1+1"]];
    const text = toCsv(rows);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parse(text)).toEqual([["a,b", 'say "hi"', "two\nlines", "'=1+1"]]);
  });
});

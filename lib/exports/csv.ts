/** CSV exports (the bib ledger): csv-stringify for the quoting, and a guard against formula injection. */
import { stringify } from "csv-stringify/sync";

export type CsvValue = string | number | null;

/** OWASP's CSV injection defence: a cell starting with = + - @ tab or carriage return gets a leading ' so a spreadsheet keeps it as text. */
export function csvCell(value: CsvValue): string {
  const text = value === null ? "" : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Rows to CSV text (RFC 4180 quoting, CRLF line ends; a cell with any line break is quoted, which csv-stringify skips for a lone newline under CRLF), every cell guarded. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(rows.map((cells) => cells.map(csvCell)), { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

/**
 * Reads the first sheet of an .xlsx workbook into rows of text cells (ITRA result files come as .xlsx).
 * The sheet is read by `read-excel-file`; before it unpacks anything, the archive is inflated once
 * here with hard limits (a zip bomb is refused on the bytes it really inflates to, not on the sizes
 * it declares).
 */
import { inflateRawSync } from "node:zlib";
import { readSheet } from "read-excel-file/node";
import { formatBytes } from "./problems";

/** Inflated XML of the whole workbook above this is refused (a 10,000-row sheet is about 5 MB). */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** A sheet with more rows than this is refused (a race has at most a few tens of thousands of runners). */
export const MAX_XLSX_ROWS = 200_000;
/** More entries than this in the archive is not a workbook anyone saved. */
const MAX_ZIP_ENTRIES = 10_000;

export interface XlsxLimits {
  maxUncompressedBytes: number;
  maxRows: number;
}

/** True when the bytes start like a zip archive (an .xlsx workbook). */
export function looksLikeXlsx(head: Uint8Array): boolean {
  return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * The first sheet's rows, each cell as text: numbers as written ("3", "101.5"), dates as YYYY-MM-DD,
 * times of day and durations as HH:MM:SS (hours past 24 kept: "26:41:05"), booleans TRUE/FALSE.
 * Empty rows before the header and at the end are dropped; an empty row between rows comes back as
 * `[]` (the parser skips it) so that every row keeps its number in the sheet for error messages.
 * Throws an Error with a message for the provider when the workbook is unreadable or absurdly large.
 */
export async function readXlsxRows(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): Promise<string[][]> {
  const { maxUncompressedBytes = MAX_XLSX_UNCOMPRESSED_BYTES, maxRows = MAX_XLSX_ROWS } = limits;
  const { date1904 } = inspectArchive(bytes, maxUncompressedBytes, maxRows);
  let data: unknown[][];
  try {
    // parseNumber keeps numbers as the text the workbook stores ("101.5"), not a float's rounding.
    data = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 1, { parseNumber: (text: string) => text })) as unknown[][];
  } catch (error) {
    throw new Error(`not a workbook we can read (${(error as Error).message || "unknown error"}); save it as .xlsx or as CSV UTF-8`);
  }
  if (data.length > maxRows) throw new Error(`the first sheet has ${data.length} rows: more than ${maxRows} is not a results file`);

  const rows = data.map((row) => row.map((cell) => cellText(cell, date1904)));
  // Same width for every row (the header's columns), without columns empty on every row.
  let width = 0;
  for (const row of rows) {
    for (let i = row.length - 1; i >= width; i--) {
      if (row[i] !== "") {
        width = i + 1;
        break;
      }
    }
  }
  const isEmpty = (row: string[]) => row.every((c) => c === "");
  let first = 0;
  while (first < rows.length && isEmpty(rows[first]!)) first++;
  let last = rows.length;
  while (last > first && isEmpty(rows[last - 1]!)) last--;
  return rows.slice(first, last).map((row) => (isEmpty(row) ? [] : Array.from({ length: width }, (_, i) => row[i] ?? "")));
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days from the 1900 date system's day 0 (1899-12-30, with Excel's 1900 leap-year bug) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and the 1904 date systems. */
const DATE_1904_OFFSET = 1462;
/**
 * A date-formatted value under this many days from the workbook's day 0 is a duration (a race time
 * of "[h]:mm:ss", maybe over 24 h), not a calendar date: no birth or race date falls in 1900.
 */
const DURATION_DAYS = 367;

function cellText(cell: unknown, date1904: boolean): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (cell instanceof Date) return dateText(cell, date1904);
  return String(cell).trim();
}

/**
 * A date-formatted cell as text. Excel stores dates and times as days since its day 0 (fractions are
 * the time of day); read-excel-file hands them as a Date, read back here into that serial number.
 */
function dateText(date: Date, date1904: boolean): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return "";
  const serial = ms / DAY_MS + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
  if (serial >= 0 && serial < DURATION_DAYS) {
    const total = Math.round(serial * 86400);
    const two = (n: number) => String(n).padStart(2, "0");
    return `${two(Math.floor(total / 3600))}:${two(Math.floor(total / 60) % 60)}:${two(total % 60)}`;
  }
  const iso = new Date(Math.round(ms / 1000) * 1000).toISOString(); // read-excel-file floors to the ms
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? day : `${day} ${time}`;
}

/**
 * Walks the zip's central directory and inflates every XML part with a byte budget: refuses archives
 * that inflate past MAX_XLSX_UNCOMPRESSED_BYTES or whose sheets hold more than MAX_XLSX_ROWS rows.
 * Also tells the workbook's date system (1904 on old Mac workbooks).
 */
function inspectArchive(bytes: Uint8Array, maxUncompressedBytes: number, maxRows: number): { date1904: boolean } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  if (eocd < 0) throw new Error("the file is not a complete .xlsx workbook (its zip directory is missing): save it again");
  let entries = view.getUint16(eocd + 10, true);
  let directory = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || directory === 0xffffffff) {
    // Zip64: the real values are in the zip64 end record, located just before.
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50) throw new Error("the workbook's zip directory is damaged");
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== 0x06064b50) throw new Error("the workbook's zip directory is damaged");
    entries = Number(view.getBigUint64(record + 32, true));
    directory = Number(view.getBigUint64(record + 48, true));
  }
  if (entries > MAX_ZIP_ENTRIES) throw new Error(`the workbook holds ${entries} files: not a results workbook`);

  let budget = maxUncompressedBytes;
  let date1904 = false;
  let at = directory;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new Error("the workbook's zip directory is damaged");
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeader = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (compressedSize === 0xffffffff || localHeader === 0xffffffff) {
      ({ compressedSize, localHeader } = zip64Sizes(view, at + 46 + nameLength, extraLength, view.getUint32(at + 24, true), compressedSize, localHeader));
    }
    at += 46 + nameLength + extraLength + commentLength;
    if (!/\.(xml|rels)$/i.test(name)) continue; // images, printer settings: read by no one

    if (localHeader + 30 > bytes.length || view.getUint32(localHeader, true) !== 0x04034b50) throw new Error("the workbook's zip data is damaged");
    const start = localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    if (start + compressedSize > bytes.length) throw new Error("the workbook is cut short: save it again");
    const stored = bytes.subarray(start, start + compressedSize);
    let xml: Uint8Array;
    if (method === 0) xml = stored;
    else if (method === 8) {
      try {
        xml = inflateRawSync(stored, { maxOutputLength: Math.max(budget, 1) });
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) throw tooLarge(maxUncompressedBytes);
        throw new Error(`the workbook's part ${name} cannot be unpacked: save it again`);
      }
    } else throw new Error(`the workbook's part ${name} is compressed in a way Excel does not use (method ${method})`);
    budget -= xml.byteLength;
    if (budget < 0) throw tooLarge(maxUncompressedBytes);

    if (/^xl\/workbook\.xml$/i.test(name)) {
      date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(latin1(xml));
    } else if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
      const rows = sheetRows(xml);
      if (rows > maxRows) throw new Error(`a sheet has ${rows} rows: more than ${maxRows} is not a results file`);
    }
  }
  return { date1904 };
}

function tooLarge(maxUncompressedBytes: number): Error {
  return new Error(`the workbook unpacks to more than ${formatBytes(maxUncompressedBytes)}: not a results file (save the results sheet alone as CSV UTF-8)`);
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  // The record is 22 bytes, plus a comment of at most 65,535 bytes.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  return -1;
}

/** The sizes a zip64 "extra" field gives for fields written 0xFFFFFFFF, in the order the format sets. */
function zip64Sizes(view: DataView, extraStart: number, extraLength: number, uncompressed: number, compressedSize: number, localHeader: number) {
  let at = extraStart;
  const end = extraStart + extraLength;
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (uncompressed === 0xffffffff) next();
      if (compressedSize === 0xffffffff) compressedSize = next();
      if (localHeader === 0xffffffff) localHeader = next();
      return { compressedSize, localHeader };
    }
    at += 4 + size;
  }
  throw new Error("the workbook's zip directory is damaged");
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/** The highest row number of a worksheet's XML (`<row r="N">`), or its count of rows when unnumbered. */
function sheetRows(xml: Uint8Array): number {
  const text = latin1(xml);
  let most = 0;
  let count = 0;
  const row = /<(?:\w+:)?row\b([^>]*)>/g;
  for (let m = row.exec(text); m; m = row.exec(text)) {
    count++;
    const r = /\br\s*=\s*["'](\d+)["']/.exec(m[1] ?? "");
    if (r?.[1]) most = Math.max(most, Number(r[1]));
  }
  return Math.max(most, count);
}

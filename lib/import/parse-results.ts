/**
 * Reads a race's results file, streaming: the live-results export format (`# Key: value` race lines, then
 * the 17 columns of public live-results pages) or the portal's canonical CSV (README, "Results import").
 * Every problem is collected with its line and column, so a provider fixes a file in one round; a file
 * with any problem yields no rows at all (the import is all or nothing). No database here.
 */
import { createHash } from "node:crypto";
import { finished } from "node:stream/promises";
import { parse, type Options as CsvOptions } from "csv-parse";
import { AGE_GROUPS, ageGroupFor, parseAgeGroupLabel, type AgeGroup } from "@/lib/domain/age-group";
import { isIsoDate, yearOf } from "@/lib/domain/iso-date";
import type { IsoDate, ResultStatus, Sex } from "@/lib/domain/types";

/** Columns of the live-results export, in order. */
export const LIVE_COLUMNS = [
  "bib", "name", "country", "age", "sex", "category", "club", "utmb_profile_url", "utmb_index",
  "rank_scratch", "rank_sex", "rank_category", "race_time", "race_time_seconds", "is_finisher", "status", "utmb_score",
] as const;

/** Columns of the canonical format (any order; the required ones must be there). */
export const CANONICAL_COLUMNS = [
  "bib", "external_id", "name", "sex", "birth_year", "nationality", "age", "age_group", "status",
  "time_seconds", "place_overall", "place_by_sex", "place_in_age_group", "utmb_score",
] as const;
export const CANONICAL_REQUIRED_COLUMNS = ["bib", "name", "sex", "status"] as const;

/** Default size limit of a results file: 20 MB (a 10,000-row file is about 1.5 MB). */
export const DEFAULT_MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Problems listed in full; beyond this only their number is reported. */
export const MAX_LISTED_ERRORS = 500;

/**
 * Live-results status codes. `f` finisher, `a` abandoned, `np` did not start; `hd` (over the time
 * limit), `s` and `u` appear in real files with `is_finisher` False, so they are non-finishes.
 */
const LIVE_STATUS: Readonly<Record<string, ResultStatus>> = {
  f: "finisher",
  a: "dnf",
  ab: "dnf",
  hd: "dnf",
  s: "dnf",
  u: "dnf",
  np: "dns",
  dsq: "dsq",
  dq: "dsq",
};

const CANONICAL_STATUS: readonly ResultStatus[] = ["finisher", "dnf", "dns", "dsq"];

/** A problem in a file. `line` is the physical line (1-based); null for the whole file. */
export interface ImportError {
  line: number | null;
  column: string | null;
  message: string;
}

/** The race as the file (or the caller's options) describes it. */
export interface ParsedRace {
  /** null when the file gives none (or "Unknown"). */
  name: string | null;
  distanceKm: number;
  elevationGainM: number;
  elevationLossM: number | null;
  date: IsoDate;
  url: string | null;
}

/** One result row, already in the portal's terms. */
export interface ParsedRow {
  line: number;
  bib: string;
  /** The runner's id at the results provider (UTMB profile number); null when the file has none. */
  externalId: string | null;
  name: string;
  sex: Sex;
  birthYear: number | null;
  /** ISO 3166-1 alpha-2, upper case. */
  nationality: string | null;
  age: number | null;
  /** Without the sex letter, e.g. "20-34". */
  ageGroup: AgeGroup | null;
  status: ResultStatus;
  /** Whole seconds; for a non-finisher the time of the last checkpoint when given; null for a DNS. */
  timeSeconds: number | null;
  placeOverall: number | null;
  placeBySex: number | null;
  placeInAgeGroup: number | null;
  utmbScore: number | null;
}

export interface ParsedRaceFile {
  format: "live" | "canonical";
  race: ParsedRace;
  rows: ParsedRow[];
}

export type ParseResultsOutcome =
  | ({ ok: true } & ParsedRaceFile)
  /** `tooLarge`: refused for its size alone (HTTP 413), before or while reading it. */
  | { ok: false; errors: ImportError[]; tooLarge?: boolean };

export interface ParseResultsOptions {
  /** Refuse files larger than this many bytes (default DEFAULT_MAX_IMPORT_BYTES). */
  maxBytes?: number;
  /** The size when known beforehand (file size, Content-Length): a file over the limit is refused unread. */
  sizeBytes?: number;
  /** Race metadata given by the caller (CLI flags, form fields): wins over the file's `#` lines. */
  race?: Partial<ParsedRace>;
}

export type ResultsInput = string | Uint8Array | AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array>;

/** "line 212: sex "X" must be H or F". */
export function formatImportError(error: ImportError): string {
  return error.line === null ? error.message : `line ${error.line}: ${error.message}`;
}

/** A human-readable size: "20 MB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

export function sizeLimitError(maxBytes: number): ImportError {
  return { line: null, column: null, message: `The file is larger than the ${formatBytes(maxBytes)} limit; split it or raise the limit.` };
}

class SizeLimitExceeded extends Error {}

class ErrorList {
  readonly items: ImportError[] = [];
  total = 0;
  add(line: number | null, column: string | null, message: string) {
    this.total++;
    if (this.items.length < MAX_LISTED_ERRORS) this.items.push({ line, column, message });
  }
  result(): ImportError[] {
    const more = this.total - this.items.length;
    return more > 0 ? [...this.items, { line: null, column: null, message: `... and ${more} more problems` }] : this.items;
  }
}

async function* chunksOf(input: ResultsInput): AsyncGenerator<Uint8Array | string> {
  if (typeof input === "string" || input instanceof Uint8Array) {
    yield input;
  } else if (typeof (input as ReadableStream<Uint8Array>).getReader === "function") {
    const reader = (input as ReadableStream<Uint8Array>).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    yield* input as AsyncIterable<Uint8Array | string>;
  }
}

/**
 * Wraps an input so its SHA-256 is computed as the parser reads it (the file is read once).
 * `digest()` is valid after parsing has read the whole input.
 */
export function withSha256(input: ResultsInput): { input: AsyncIterable<Uint8Array | string>; digest(): string } {
  const hash = createHash("sha256");
  async function* hashed() {
    for await (const chunk of chunksOf(input)) {
      hash.update(chunk);
      yield chunk;
    }
  }
  let digest: string | null = null;
  return { input: hashed(), digest: () => (digest ??= hash.digest("hex")) };
}

/** UTF-8 text of the input, chunk by chunk, stopping as soon as the size limit is passed. */
async function* textOf(input: ResultsInput, maxBytes: number): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const encoder = new TextEncoder();
  let bytes = 0;
  for await (const chunk of chunksOf(input)) {
    const data = typeof chunk === "string" ? encoder.encode(chunk) : chunk;
    bytes += data.byteLength;
    if (bytes > maxBytes) throw new SizeLimitExceeded();
    const text = decoder.decode(data, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

const META_KEYS: Record<string, keyof ParsedRace> = {
  race: "name",
  name: "name",
  distance: "distanceKm",
  "d+": "elevationGainM",
  "d-": "elevationLossM",
  date: "date",
  url: "url",
};

function parseMetaNumber(value: string, unit: "km" | "m"): number | null {
  const m = new RegExp(`^(\\d+(?:[.,]\\d+)?)\\s*(?:${unit})?$`, "i").exec(value.trim());
  return m?.[1] ? Number(m[1].replace(",", ".")) : null;
}

/** Reads one `# Key: value` line into `meta`; unknown keys are ignored (providers add their own). */
function readMetaLine(text: string, line: number, meta: Partial<ParsedRace>, errors: ErrorList) {
  const m = /^#\s*([^:]+?)\s*:\s*(.*?)\s*$/.exec(text);
  if (!m?.[1]) return;
  const label = m[1];
  const key = META_KEYS[label.toLowerCase()];
  const value = m[2] ?? "";
  if (!key || value === "") return;
  switch (key) {
    case "name":
      meta.name = /^unknown$/i.test(value) ? null : value;
      break;
    case "url":
      meta.url = value;
      break;
    case "date":
      if (isIsoDate(value)) meta.date = value;
      else errors.add(line, label, `${label} "${value}" must be a date written YYYY-MM-DD`);
      break;
    case "distanceKm": {
      const n = parseMetaNumber(value, "km");
      if (n !== null && n > 0) meta.distanceKm = n;
      else errors.add(line, label, `${label} "${value}" must be a positive distance in km, e.g. "101.5 km"`);
      break;
    }
    case "elevationGainM":
    case "elevationLossM": {
      const n = parseMetaNumber(value, "m");
      if (n !== null) meta[key] = Math.round(n);
      else errors.add(line, label, `${label} "${value}" must be a height in metres, e.g. "3247 m"`);
      break;
    }
  }
}

type Format = "live" | "canonical";

function detectFormat(header: string[], line: number, errors: ErrorList): { format: Format; index: Map<string, number> } | null {
  const names = header.map((h) => h.trim().toLowerCase());
  const index = new Map(names.map((n, i) => [n, i]));
  if (names.length === LIVE_COLUMNS.length && LIVE_COLUMNS.every((c, i) => names[i] === c)) return { format: "live", index };
  const canonical = new Set<string>(CANONICAL_COLUMNS);
  const looksCanonical = names.some((n) => n === "external_id" || n === "time_seconds" || n === "place_by_sex");
  if (looksCanonical) {
    const missing = CANONICAL_REQUIRED_COLUMNS.filter((c) => !index.has(c));
    const unknown = names.filter((n) => !canonical.has(n));
    const duplicated = names.filter((n, i) => names.indexOf(n) !== i);
    if (missing.length === 0 && unknown.length === 0 && duplicated.length === 0) return { format: "canonical", index };
    const parts = [
      missing.length ? `missing ${missing.join(", ")}` : "",
      unknown.length ? `unknown ${unknown.join(", ")}` : "",
      duplicated.length ? `repeated ${duplicated.join(", ")}` : "",
    ].filter(Boolean);
    errors.add(line, null, `wrong header for the canonical format (${parts.join("; ")}): expected columns among ${CANONICAL_COLUMNS.join(",")}; found ${names.join(",")}`);
    return null;
  }
  const missing = LIVE_COLUMNS.filter((c) => !index.has(c));
  const unknown = names.filter((n) => !(LIVE_COLUMNS as readonly string[]).includes(n));
  const detail = [missing.length ? `missing ${missing.join(", ")}` : "", unknown.length ? `unknown ${unknown.join(", ")}` : ""]
    .filter(Boolean)
    .join("; ");
  errors.add(
    line,
    null,
    `wrong header${detail ? ` (${detail})` : " (columns out of order)"}: expected ${LIVE_COLUMNS.join(",")} (live-results export) or the canonical columns ${CANONICAL_COLUMNS.join(",")}; found ${names.join(",")}`,
  );
  return null;
}

/** Reads the cells of one row; each reader reports its own problem and returns undefined on error. */
class RowReader {
  ok = true;
  constructor(
    private readonly cells: string[],
    private readonly index: Map<string, number>,
    readonly line: number,
    private readonly errors: ErrorList,
  ) {}

  text(column: string): string {
    const i = this.index.get(column);
    return i === undefined ? "" : (this.cells[i] ?? "").trim();
  }

  fail(column: string, message: string): undefined {
    this.ok = false;
    this.errors.add(this.line, column, message);
    return undefined;
  }

  required(column: string): string | undefined {
    const value = this.text(column);
    return value === "" ? this.fail(column, `${column} is required`) : value;
  }

  /** A number, or null when empty. */
  number(column: string, { min, whole }: { min?: number; whole?: boolean } = {}): number | null | undefined {
    const value = this.text(column);
    if (value === "") return null;
    const n = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(n)) return this.fail(column, `${column} "${value}" is not a number`);
    if (min !== undefined && n < min) {
      return this.fail(column, min === 0 ? `${column} "${value}" must not be negative` : `${column} "${value}" must be ${min} or more`);
    }
    // Ranks come as "3.0": whole values written as decimals are fine, "3.5" is not.
    if (whole && !Number.isInteger(n)) return this.fail(column, `${column} "${value}" must be a whole number`);
    return n;
  }

  place(column: string): number | null | undefined {
    return this.number(column, { min: 1, whole: true });
  }

  nationality(column: string): string | null | undefined {
    const value = this.text(column);
    if (value === "") return null;
    return /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : this.fail(column, `${column} "${value}" must be a two-letter country code (ISO 3166-1), e.g. FR`);
  }
}

/** The runner number of a UTMB profile URL: `https://utmb.world/runner/1261043.rod.farvard` -> "1261043". */
export function externalIdFromProfileUrl(url: string): string | null {
  const path = url.replace(/[?#].*$/, "").replace(/\/+$/, "");
  const last = path.slice(path.lastIndexOf("/") + 1);
  return /^(\d+)/.exec(last)?.[1] ?? null;
}

const HMS = /^(\d+):([0-5]\d):([0-5]\d)(\.\d+)?$/;

function liveRow(r: RowReader, raceYear: number | null): ParsedRow | null {
  const bib = r.required("bib");
  const name = r.required("name");
  const nationality = r.nationality("country");
  const age = r.number("age", { min: 0, whole: true });

  const sexText = r.text("sex");
  const sex: Sex | undefined = sexText === "H" ? "M" : sexText === "F" ? "F" : r.fail("sex", `sex "${sexText}" must be H or F`);

  const categoryText = r.text("category");
  let ageGroup: AgeGroup | null | undefined = null;
  if (categoryText !== "") {
    const label = parseAgeGroupLabel(categoryText);
    if (!label) ageGroup = r.fail("category", `category "${categoryText}" is not an age group like 20-34M or 35-39W`);
    else if (sex && label.sex !== sex) ageGroup = r.fail("category", `category "${categoryText}" does not match sex "${sexText}"`);
    else ageGroup = label.group;
  } else if (typeof age === "number") {
    ageGroup = ageGroupFor(age); // R12 group from the age when the file gives none
  }

  const url = r.text("utmb_profile_url");
  let externalId: string | null | undefined = null;
  if (url !== "") {
    externalId = externalIdFromProfileUrl(url) ?? r.fail("utmb_profile_url", `utmb_profile_url "${url}" has no runner number in its last path segment`);
  }
  r.number("utmb_index", { min: 0 });
  const placeOverall = r.place("rank_scratch");
  const placeBySex = r.place("rank_sex");
  const placeInAgeGroup = r.place("rank_category");

  const statusText = r.text("status").toLowerCase();
  const status: ResultStatus | undefined =
    LIVE_STATUS[statusText] ?? r.fail("status", `status "${r.text("status")}" must be one of ${Object.keys(LIVE_STATUS).join(", ")}`);
  const finisherText = r.text("is_finisher").toLowerCase();
  const isFinisher = finisherText === "true" ? true : finisherText === "false" ? false : finisherText === "" ? null : undefined;
  if (isFinisher === undefined) r.fail("is_finisher", `is_finisher "${r.text("is_finisher")}" must be True or False`);
  else if (isFinisher !== null && status && isFinisher !== (status === "finisher")) {
    r.fail("is_finisher", `is_finisher "${r.text("is_finisher")}" contradicts status "${statusText}"`);
  }

  let seconds = r.number("race_time_seconds", { min: 0 });
  const hms = r.text("race_time");
  if (hms !== "") {
    const m = HMS.exec(hms);
    if (!m) r.fail("race_time", `race_time "${hms}" must be written HH:MM:SS`);
    else if (seconds === null) seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  }
  const score = r.number("utmb_score", { min: 0 });

  if (!r.ok || bib === undefined || name === undefined || sex === undefined || status === undefined) return null;
  if (nationality === undefined || age === undefined || ageGroup === undefined || externalId === undefined) return null;
  if (placeOverall === undefined || placeBySex === undefined || placeInAgeGroup === undefined || seconds === undefined || score === undefined) return null;
  return {
    line: r.line,
    bib,
    externalId,
    name,
    sex,
    // R12's reference (age in the race's calendar year) read backwards.
    birthYear: age !== null && raceYear !== null ? raceYear - age : null,
    nationality,
    age,
    ageGroup,
    status,
    // Hundredths dropped, as the displayed time does; a DNS has no time (its file says 00:00:00).
    timeSeconds: status === "dns" || seconds === null ? null : Math.floor(seconds),
    placeOverall,
    placeBySex,
    placeInAgeGroup,
    utmbScore: score,
  };
}

function canonicalRow(r: RowReader, raceYear: number | null): ParsedRow | null {
  const bib = r.required("bib");
  const name = r.required("name");
  const externalId = r.text("external_id") || null;
  const sexText = r.text("sex");
  const sex: Sex | undefined = sexText === "M" || sexText === "F" ? sexText : r.fail("sex", `sex "${sexText}" must be M or F`);
  const birthYear = r.number("birth_year", { min: 1900, whole: true });
  const nationality = r.nationality("nationality");
  const age = r.number("age", { min: 0, whole: true });
  const groupText = r.text("age_group");
  let ageGroup: AgeGroup | null | undefined = null;
  if (groupText !== "") {
    ageGroup = (AGE_GROUPS as readonly string[]).includes(groupText)
      ? (groupText as AgeGroup)
      : r.fail("age_group", `age_group "${groupText}" must be one of ${AGE_GROUPS.join(", ")}`);
  } else if (typeof age === "number") {
    ageGroup = ageGroupFor(age);
  }
  const statusText = r.text("status");
  const status = (CANONICAL_STATUS as readonly string[]).includes(statusText)
    ? (statusText as ResultStatus)
    : r.fail("status", `status "${statusText}" must be one of ${CANONICAL_STATUS.join(", ")}`);
  const timeSeconds = r.number("time_seconds", { min: 0, whole: true });
  const placeOverall = r.place("place_overall");
  const placeBySex = r.place("place_by_sex");
  const placeInAgeGroup = r.place("place_in_age_group");
  const score = r.number("utmb_score", { min: 0 });
  if (!r.ok || bib === undefined || name === undefined || sex === undefined || status === undefined) return null;
  if (birthYear === undefined || nationality === undefined || age === undefined || ageGroup === undefined) return null;
  if (timeSeconds === undefined || placeOverall === undefined || placeBySex === undefined || placeInAgeGroup === undefined || score === undefined) return null;
  return {
    line: r.line,
    bib,
    externalId,
    name,
    sex,
    birthYear: birthYear ?? (age !== null && raceYear !== null ? raceYear - age : null),
    nationality,
    age,
    ageGroup,
    status,
    timeSeconds,
    placeOverall,
    placeBySex,
    placeInAgeGroup,
    utmbScore: score,
  };
}

const CSV_OPTIONS: CsvOptions = {
  bom: true,
  relax_column_count: true,
  skip_empty_lines: true,
  skip_records_with_empty_values: true,
};

/**
 * Parses a results file. Streams the input (only the rows are kept) and stops reading as soon as the
 * size limit is passed. Returns the race and its rows, or every problem found.
 */
export async function parseResults(input: ResultsInput, options: ParseResultsOptions = {}): Promise<ParseResultsOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  if (options.sizeBytes !== undefined && options.sizeBytes > maxBytes) return { ok: false, errors: [sizeLimitError(maxBytes)], tooLarge: true };

  const errors = new ErrorList();
  const meta: Partial<ParsedRace> = {};
  let metaLines = 0;
  let format: { format: Format; index: Map<string, number> } | null = null;
  let headerLine = 0;
  let headerSeen = false;
  const rows: ParsedRow[] = [];
  const bibLines = new Map<string, number>();
  const runnerLines = new Map<string, number>();
  let raceYear: number | null = null;

  const onRecord = (cells: string[], csvLine: number) => {
    const line = csvLine + metaLines;
    if (!headerSeen) {
      headerSeen = true;
      headerLine = line;
      format = detectFormat(cells, line, errors);
      const date = options.race?.date ?? meta.date;
      raceYear = date && isIsoDate(date) ? yearOf(date) : null;
      return;
    }
    if (!format) return; // wrong header: already reported, rows cannot be read
    const expected = format.index.size;
    if (cells.length !== expected) {
      errors.add(line, null, `expected ${expected} fields, found ${cells.length}${cells.length > expected ? " (a name or club with a comma must be quoted)" : ""}`);
      return;
    }
    const reader = new RowReader(cells, format.index, line, errors);
    const row = format.format === "live" ? liveRow(reader, raceYear) : canonicalRow(reader, raceYear);
    const bib = reader.text("bib");
    if (bib !== "") {
      const first = bibLines.get(bib);
      if (first !== undefined) errors.add(line, "bib", `bib "${bib}" is a duplicate (first on line ${first})`);
      else bibLines.set(bib, line);
    }
    if (row?.externalId) {
      const first = runnerLines.get(row.externalId);
      const column = format.format === "live" ? "utmb_profile_url" : "external_id";
      if (first !== undefined) errors.add(line, column, `runner ${row.externalId} is already on line ${first}`);
      else runnerLines.set(row.externalId, line);
    }
    if (row && errors.total === 0) rows.push(row);
  };

  // Records are handled synchronously as csv-parse reads them (none is buffered), so the problems of
  // the rows before an unreadable spot are still reported.
  const parser = parse({
    ...CSV_OPTIONS,
    on_record: (record: string[], context: { lines: number }) => {
      onRecord(record, context.lines);
      return null;
    },
  });
  const consume = (async () => {
    parser.resume();
    await finished(parser);
  })();

  const feed = async () => {
    // `#` lines come first; the CSV starts at the first other line.
    let head = "";
    let inHead = true;
    const write = async (text: string) => {
      if (!parser.write(text)) {
        await new Promise<void>((resolve) => {
          parser.once("drain", resolve);
          parser.once("close", resolve);
        });
      }
    };
    for await (const text of textOf(input, maxBytes)) {
      if (parser.destroyed) return; // the CSV parser failed: its error is reported by the consumer
      if (!inHead) {
        await write(text);
        continue;
      }
      head += text;
      for (;;) {
        const nl = head.indexOf("\n");
        const lineText = (nl === -1 ? head : head.slice(0, nl)).replace(/\r$/, "");
        const trimmed = lineText.trimStart().replace(/^\uFEFF/, "");
        if (trimmed.startsWith("#") || (trimmed === "" && nl !== -1)) {
          if (nl === -1) break; // a `#` line not complete yet
          metaLines++;
          readMetaLine(trimmed, metaLines, meta, errors);
          head = head.slice(nl + 1);
          continue;
        }
        if (trimmed === "") break;
        inHead = false;
        await write(head);
        head = "";
        break;
      }
    }
    if (inHead && head.trim().startsWith("#")) {
      metaLines++;
      readMetaLine(head.trim(), metaLines, meta, errors);
    }
    parser.end();
  };

  try {
    await Promise.all([
      feed().catch((error: unknown) => {
        parser.destroy(error as Error);
        throw error;
      }),
      consume,
    ]);
  } catch (error) {
    if (error instanceof SizeLimitExceeded) return { ok: false, errors: [sizeLimitError(maxBytes)], tooLarge: true };
    if (error instanceof TypeError && /encoded data was not valid/i.test(error.message)) {
      return { ok: false, errors: [{ line: null, column: null, message: "The file is not UTF-8 text." }] };
    }
    const csvError = error as { code?: string; lines?: number; message?: string };
    if (typeof csvError.code === "string" && csvError.code.startsWith("CSV_")) {
      const detail =
        csvError.code === "CSV_QUOTE_NOT_CLOSED"
          ? 'a quoted field is never closed (a " is missing)'
          : (csvError.message ?? csvError.code).replace(/\s*(at|on) line \d+/g, "");
      errors.add(typeof csvError.lines === "number" ? csvError.lines + metaLines : null, null, `unreadable CSV: ${detail}`);
      return { ok: false, errors: errors.result() };
    }
    throw error;
  }

  if (!headerSeen) errors.add(null, null, `The file has no header line: expected ${LIVE_COLUMNS.join(",")}`);
  else if (format && bibLines.size === 0 && errors.total === 0) errors.add(headerLine, null, "The file has no result rows.");

  const race = resolveRace(meta, options.race ?? {}, errors);
  if (errors.total > 0 || !race || !format) return { ok: false, errors: errors.result() };
  return { ok: true, format: (format as { format: Format }).format, race, rows };
}

function resolveRace(meta: Partial<ParsedRace>, given: Partial<ParsedRace>, errors: ErrorList): ParsedRace | null {
  const pick = <K extends keyof ParsedRace>(key: K): ParsedRace[K] | undefined => (given[key] !== undefined ? given[key] : meta[key]);
  const distanceKm = pick("distanceKm");
  const elevationGainM = pick("elevationGainM");
  const date = pick("date");
  if (distanceKm === undefined || distanceKm === null) {
    errors.add(null, "Distance", 'The race distance is missing: add a "# Distance: 101.5 km" line or give the distance.');
  }
  if (elevationGainM === undefined || elevationGainM === null) {
    errors.add(null, "D+", 'The elevation gain is missing: add a "# D+: 3247 m" line or give it.');
  }
  if (!date) errors.add(null, "Date", 'The race date is missing: add a "# Date: 2025-06-21" line or give the date.');
  else if (!isIsoDate(date)) errors.add(null, "Date", `The race date "${date}" must be written YYYY-MM-DD.`);
  if (distanceKm == null || elevationGainM == null || !date || !isIsoDate(date)) return null;
  return {
    name: pick("name") ?? null,
    distanceKm,
    elevationGainM,
    elevationLossM: pick("elevationLossM") ?? null,
    date,
    url: pick("url") ?? null,
  };
}

/**
 * Reads a race's results file, streaming: optional `# Key: value` race lines, then a header that tells
 * the layout (lib/ingest/layouts.ts), then the rows. Every problem is collected with its line and column,
 * so a provider fixes a file in one round. Errors refuse the file whole (the import is all or nothing);
 * warnings let it in and say what was done. No database here.
 */
import { guardedPodiumPlaces, podiumDoubts, type LeftOutRow } from "@/lib/domain/podium-guard";
import { isIsoDate, yearOf } from "@/lib/domain/iso-date";
import { LAYOUTS } from "./layouts";
import { columnName, type ResultsLayout, type UnsexedRow } from "./layout";
import { DEFAULT_MAX_IMPORT_BYTES, SizeLimitExceeded, type ResultsInput } from "./input";
import { ProblemList, sizeLimitError } from "./problems";
import { resolveRace, type RaceMeta } from "./race-meta";
import { readRecords, UnreadableFile } from "./read-records";
import { RowReader } from "./row-reader";
import { resolveRunnerRows } from "./runner-rows";
import type { ParsedRace, ParsedRow, ParseResultsOutcome } from "./types";

export interface ParseResultsOptions {
  /** Refuse files larger than this many bytes (default DEFAULT_MAX_IMPORT_BYTES). */
  maxBytes?: number;
  /** The size when known beforehand (file size, Content-Length): a file over the limit is refused unread. */
  sizeBytes?: number;
  /** Race metadata given by the caller (CLI flags, form fields): wins over the file's `#` lines. */
  race?: Partial<ParsedRace>;
  /** The event's year, when the caller gives it: dates a race whose file says `Date: N/A`. */
  year?: number;
  /**
   * R9 podium places of the race's level (Event 3, Major 10, 0 for none); default 10, the widest, when
   * the level is not known (a dry run of a file alone).
   */
  podiumPlaces?: number;
}

/** How a layout was found in a header, or why none was. */
function detectLayout(cells: readonly string[], line: number, errors: ProblemList, warnings: ProblemList) {
  const names = cells.map(columnName);
  const layout = LAYOUTS.find((l) => l.matches(names));
  if (!layout) {
    errors.add(line, null, `The header is not one we read: found ${names.join(",")}. Expected one of: ${LAYOUTS.map((l) => l.describe).join("; or ")}.`);
    return null;
  }
  const missing = layout.required.filter((c) => !names.includes(c));
  const duplicated = [...new Set(names.filter((n, i) => n !== "" && names.indexOf(n) !== i))];
  if (missing.length > 0 || duplicated.length > 0) {
    const parts = [missing.length ? `missing ${missing.join(", ")}` : "", duplicated.length ? `repeated ${duplicated.join(", ")}` : ""].filter(Boolean);
    errors.add(line, null, `The header of ${layout.describe} is wrong (${parts.join("; ")}); found ${names.join(",")}.`);
    return null;
  }
  const unknown = names.filter((n) => n !== "" && !layout.known.includes(n));
  if (unknown.length > 0) warnings.add(line, null, `Columns not read: ${unknown.join(", ")}.`);
  return { layout, index: new Map(names.map((n, i) => [n, i])), columns: names.length };
}

/**
 * Parses a results file. Streams the input (only the rows are kept) and stops reading as soon as the
 * size limit is passed. Returns the race and its rows with the warnings, or every problem found.
 */
export async function parseResults(input: ResultsInput, options: ParseResultsOptions = {}): Promise<ParseResultsOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const errors = new ProblemList();
  const warnings = new ProblemList();
  const refused = (tooLarge = false): ParseResultsOutcome => ({ ok: false, errors: errors.result(), warnings: warnings.result(), ...(tooLarge ? { tooLarge } : {}) });
  if (options.sizeBytes !== undefined && options.sizeBytes > maxBytes) return { ok: false, errors: [sizeLimitError(maxBytes)], warnings: [], tooLarge: true };

  const meta: RaceMeta = {};
  let found: { layout: ResultsLayout; index: Map<string, number>; columns: number } | null = null;
  let headerLine = 0;
  let headerSeen = false;
  const rows: ParsedRow[] = [];
  const unsexed: UnsexedRow[] = [];
  const bibLines = new Map<string, number>();
  let dataRows = 0;
  let raceYear: number | null = null;

  const onRecord = (cells: string[], line: number) => {
    if (!headerSeen) {
      headerSeen = true;
      headerLine = line;
      found = detectLayout(cells, line, errors, warnings);
      const date = options.race?.date ?? meta.date;
      raceYear = date && isIsoDate(date) ? yearOf(date) : (options.year ?? null);
      return;
    }
    if (!found) return; // wrong header: already reported, rows cannot be read
    if (cells.every((c) => c.trim() === "")) return;
    dataRows++;
    if (cells.length !== found.columns) {
      errors.add(line, null, `expected ${found.columns} fields, found ${cells.length}${cells.length > found.columns ? " (a name or club with a comma must be quoted)" : ""}`);
      return;
    }
    const reader = new RowReader(cells, found.index, line, errors, warnings);
    const row = found.layout.readRow(reader, { raceYear, unsexed: (u) => unsexed.push(u) });
    const bib = row?.bib ?? reader.text("bib");
    if (bib !== "") {
      const first = bibLines.get(bib);
      if (first !== undefined) errors.add(line, "bib", `bib "${bib}" is a duplicate (first on line ${first})`);
      else bibLines.set(bib, line);
    }
    if (row && errors.total === 0) rows.push(row);
  };

  try {
    await readRecords(input, maxBytes, meta, errors, onRecord);
  } catch (error) {
    if (error instanceof SizeLimitExceeded) return { ok: false, errors: [sizeLimitError(maxBytes)], warnings: [], tooLarge: true };
    if (error instanceof UnreadableFile) {
      errors.add(error.line, null, error.message);
      return refused();
    }
    throw error;
  }

  if (!headerSeen) errors.add(null, null, `The file has no header line: expected ${LAYOUTS.map((l) => l.describe).join("; or ")}.`);
  else if (found && dataRows === 0 && errors.total === 0) errors.add(headerLine, null, "The file has no result rows.");

  const race = resolveRace(meta, options, errors, warnings);
  if (errors.total > 0 || !race || !found) return refused();

  const runners = resolveRunnerRows(rows, warnings);
  checkLeftOutRows(runners.rows, runners.leftOut, unsexed, options.podiumPlaces ?? guardedPodiumPlaces(undefined), errors, warnings);
  if (errors.total > 0) return refused();
  return { ok: true, format: (found as { layout: ResultsLayout }).layout.name, race, rows: runners.rows, warnings: warnings.result() };
}

/**
 * R9: rows left out of the ranking (a non-finisher holding a rank, a row whose sex is not F or M) must
 * not lift a finisher onto the podium; elsewhere they are told in a warning.
 */
function checkLeftOutRows(
  rows: readonly ParsedRow[],
  duplicates: readonly ParsedRow[],
  unsexed: readonly UnsexedRow[],
  podiumPlaces: number,
  errors: ProblemList,
  warnings: ProblemList,
) {
  const finishers = rows.filter((r) => r.status === "finisher").map((r) => ({ ...r, resultId: r.line }));
  const leftOut: LeftOutRow[] = [
    ...rows.filter((r) => r.status !== "finisher" && r.placeBySex !== null).map((r) => ({ ...r, timeSeconds: null })),
    ...duplicates.filter((r) => r.status === "finisher"),
    ...unsexed
      .filter((u) => u.status === "finisher")
      .map((u) => ({ line: u.line, sex: null, placeBySex: null, placeOverall: u.placeOverall, timeSeconds: u.timeSeconds })),
  ];
  const doubts = new Map(podiumDoubts(finishers, leftOut, podiumPlaces).map((d) => [d.line, d]));
  const why = new Map<number, string>([
    ...rows.map((r) => [r.line, `its status is ${r.status}`] as const),
    ...duplicates.map((r) => [r.line, `it is a second row of runner ${r.externalId}`] as const),
  ]);
  for (const row of leftOut) {
    const doubt = doubts.get(row.line);
    if (!doubt) continue;
    const what = row.sex === null ? "its sex is not given" : why.get(row.line);
    errors.add(row.line, row.sex === null ? "sex" : "status", `this row stands ahead of the finisher on line ${doubt.finisherLine} (podium place ${doubt.place}) but ${what}: say whether this runner finished, and their sex, or remove their rank`);
  }
  for (const u of unsexed) {
    if (doubts.has(u.line)) continue;
    const x = /^x$/i.test(u.sexText);
    warnings.add(u.line, "sex", x
      ? `sex "${u.sexText}": the rules rank women and men (R9), so this result (a mixed team or a non-binary ranking) is not imported`
      : `sex "${u.sexText}" is neither H nor F: this result is not imported`, `sex:${u.sexText}`);
  }
}

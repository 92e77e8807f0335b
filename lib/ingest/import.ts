/**
 * The one import path of the three doors (admin page, API, command line): parse the stream (hashing
 * it on the way), refuse it whole with every problem, or write it (lib/data keeps the database side).
 */
import type { Db } from "@/db/client";
import { guardedPodiumPlaces } from "@/lib/domain/podium-guard";
import { ImportRefusedError, importResults, type ImportProvenance, type ImportSummary, type ImportTarget } from "@/lib/data/import-results";
import { withSha256, type ResultsInput } from "./input";
import { parseResults } from "./parse";
import type { ImportError, ImportWarning } from "./problems";
import type { ParsedRace } from "./types";

export type ImportFileOutcome =
  | { ok: true; summary: ImportSummary }
  | { ok: false; reason: "too-large" | "invalid"; errors: ImportError[]; warnings: ImportWarning[] };

export interface ImportFileOptions extends ImportTarget, Omit<ImportProvenance, "sha256"> {
  /** Size limit in bytes (default: the parser's, 20 MB). */
  maxBytes?: number;
  /** Known size (file size, Content-Length) to refuse a large file before reading it. */
  sizeBytes?: number;
  /** Race metadata that wins over the file's `#` lines. */
  race?: Partial<ParsedRace>;
}

export async function importResultsFile(db: Db, input: ResultsInput, options: ImportFileOptions): Promise<ImportFileOutcome> {
  const { maxBytes, sizeBytes, race, ...target } = options;
  const hashed = withSha256(input);
  const parsed = await parseResults(hashed.input, { maxBytes, sizeBytes, race, year: target.year, podiumPlaces: guardedPodiumPlaces(target.level) });
  if (!parsed.ok) {
    return { ok: false, reason: parsed.tooLarge ? "too-large" : "invalid", errors: parsed.errors, warnings: parsed.warnings };
  }
  try {
    const summary = await importResults(db, parsed, { ...target, sha256: hashed.digest() });
    return { ok: true, summary };
  } catch (error) {
    if (error instanceof ImportRefusedError) return { ok: false, reason: "invalid", errors: error.errors, warnings: parsed.warnings };
    throw error;
  }
}

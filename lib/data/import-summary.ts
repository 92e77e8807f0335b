import "server-only";
import type { ImportWarning } from "@/lib/ingest/problems";
import type { ImportedQualifier, ImportSummary, ParsedRaceFile } from "@/lib/ingest/types";
import type { ImportOptions } from "./import-results";
import type { MatchedRace, QualifierDecision } from "./import-race";
import type { RunnerIds } from "./import-runners";
import type { NewQualifier } from "./recompute";

/** What one import works out before it writes its answer, whichever way it writes (one transaction or batches). */
export interface ImportContext {
  options: ImportOptions;
  eventName: string;
  year: number;
  partial: boolean;
  resultsFinal: boolean;
  actor: string | null;
  reason: string;
}

export interface ImportOutcome {
  event: { id: number; name: string };
  race: MatchedRace;
  r11: QualifierDecision;
  counts: { rows: number; inserted: number; updated: number; unchanged: number; removed: number };
  /** The runner of each bib, and how many the import created and updated. */
  runnerOf: Map<string, number> & Pick<RunnerIds, "created" | "updated">;
  newlyQualified: NewQualifier[];
  /** Whether this answer carries the R11 note (one file of a batch does). */
  r11Note?: boolean;
}

/** How an import's changes are explained in the audit trail. */
export const reasonOf = (options: ImportOptions) => `results import (${options.source}${options.fileName ? `: ${options.fileName}` : ""})`;

/** The context of an import from its options (the event name trimmed, the year checked by the caller). */
export function importContext(options: ImportOptions, parsed: ParsedRaceFile): ImportContext {
  const partial = options.partial ?? false;
  return {
    options,
    eventName: options.eventName.trim(),
    year: options.year ?? Number(parsed.race.date.slice(0, 4)),
    partial,
    resultsFinal: options.final ?? !partial,
    actor: options.actorUserId ?? null,
    reason: reasonOf(options),
  };
}

/** The answer of an import: counts, the newly qualified runners with their bibs, the warnings. */
export function importSummary(parsed: ParsedRaceFile, context: ImportContext, importId: number | null, outcome: ImportOutcome): ImportSummary {
  const { event, race, r11, counts, runnerOf } = outcome;
  const rowByRunner = new Map(parsed.rows.map((r) => [runnerOf.get(r.bib) as number, r]));
  const newlyQualified: ImportedQualifier[] = outcome.newlyQualified.map((q) => ({
    runnerId: q.runnerId,
    runnerName: q.runnerName,
    externalId: rowByRunner.get(q.runnerId)?.externalId ?? null,
    sex: q.sex,
    bib: rowByRunner.get(q.runnerId)?.bib ?? "",
    editionYear: q.editionYear,
    finalsRace: q.finalsRace,
    raceId: q.raceId,
    reasons: q.reasons,
  }));
  const note = outcome.r11Note === false ? null : r11.note;
  const warnings: ImportWarning[] = [...parsed.warnings, ...(note ? [{ line: null, column: "race", message: note }] : [])];
  return {
    importId: context.options.dryRun ? 0 : (importId ?? 0),
    dryRun: context.options.dryRun ?? false,
    eventId: event.id,
    eventName: event.name,
    raceId: race.id,
    raceName: race.name,
    category: race.category,
    finalsQualifier: r11.finalsQualifier,
    partial: context.partial,
    resultsFinal: context.resultsFinal,
    ...counts,
    runnersCreated: runnerOf.created,
    runnersUpdated: runnerOf.updated,
    newlyQualified,
    warnings,
  };
}

/** The `result_imports` row of an import (its counts and answer are set when known). */
export function importRecord(parsed: ParsedRaceFile, context: ImportContext, raceId: number) {
  const { options } = context;
  return {
    source: options.source,
    actorUserId: context.actor,
    apiTokenId: options.apiTokenId ?? null,
    fileName: options.fileName ?? null,
    sha256: options.sha256,
    raceId,
    rows: parsed.rows.length,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    partial: context.partial,
    newlyQualified: [],
  };
}

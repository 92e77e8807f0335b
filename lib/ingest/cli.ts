/**
 * The command line's results commands: `import` (one file into the database) and `check` (a dry run of
 * any number of files or folders, no database). Only the result goes to stdout; logs go to stderr.
 */
import { createReadStream, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Database } from "@/db/client";
import { guardedPodiumPlaces } from "@/lib/domain/podium-guard";
import { EVENT_LEVELS, type EventLevel } from "@/lib/domain/types";
import { deliverNotificationEmails } from "@/lib/notifications/deliver";
import { logError } from "@/lib/log";
import { importResultsFile } from "./import";
import { DEFAULT_MAX_IMPORT_BYTES } from "./input";
import { importTargetOf, resultsImportSchema } from "./params";
import { parseResults } from "./parse";
import { formatProblem, type ImportProblem } from "./problems";
import { describeReason, sexLabel, textTable } from "./report";

export interface IngestCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export class UsageError extends Error {}

function usage(message: string): never {
  throw new UsageError(message);
}

function megabytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_IMPORT_BYTES;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || value.trim() === "") usage(`--max-mb must be a positive number, got "${value}"`);
  return Math.round(n * 1024 * 1024);
}

/** `import <file> --event ... --level ...`: the flags go through the same schema as the API's query. */
/** Emails what the import queued; a mail failure is reported, never fatal (the notifications wait). */
async function deliverNotifications(db: Database["db"], io: IngestCliIo): Promise<void> {
  try {
    const report = await deliverNotificationEmails(db);
    if (report.sent + report.failed > 0) io.stderr(`Notifications: ${report.sent} emailed${report.failed ? `, ${report.failed} to retry` : ""}.`);
  } catch (error) {
    logError("notification delivery failed", error);
    io.stderr("Notifications could not be emailed now; they wait for the next delivery.");
  }
}

export async function importCommand(args: string[], io: IngestCliIo, withDatabase: <T>(run: (database: Database) => Promise<T>) => Promise<T>): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      event: { type: "string" },
      level: { type: "string" },
      year: { type: "string" },
      race: { type: "string" },
      date: { type: "string" },
      distance: { type: "string" },
      "elevation-gain": { type: "string" },
      category: { type: "string" },
      qualifier: { type: "boolean" },
      "not-qualifier": { type: "boolean" },
      partial: { type: "boolean" },
      final: { type: "boolean" },
      "not-final": { type: "boolean" },
      "dry-run": { type: "boolean" },
      "max-mb": { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) usage("import takes exactly one file");
  if (values.qualifier && values["not-qualifier"]) usage("--qualifier and --not-qualifier contradict each other");
  if (values.final && values["not-final"]) usage("--final and --not-final contradict each other");
  const flag = (on: boolean | undefined) => (on ? "true" : undefined);
  const params = resultsImportSchema.safeParse(
    Object.fromEntries(
      Object.entries({
        event: values.event,
        level: values.level,
        year: values.year,
        race: values.race,
        date: values.date,
        distance: values.distance,
        elevation_gain: values["elevation-gain"],
        category: values.category,
        qualifier: values.qualifier ? "true" : values["not-qualifier"] ? "false" : undefined,
        partial: flag(values.partial),
        final: values.final ? "true" : values["not-final"] ? "false" : undefined,
        dry_run: flag(values["dry-run"]),
      }).filter(([, v]) => v !== undefined),
    ),
  );
  if (!params.success) usage(params.error.issues.map((i) => `--${String(i.path[0] ?? "").replace("_", "-")}: ${i.message}`).join("\n"));
  const maxBytes = megabytes(values["max-mb"]);
  const { target, race } = importTargetOf(params.data);

  let sizeBytes: number;
  try {
    sizeBytes = statSync(file).size;
  } catch {
    io.stderr(`Cannot read ${file}: no such file`);
    return 1;
  }
  const started = performance.now();
  const outcome = await withDatabase(async (database) => {
    const imported = await importResultsFile(database.db, createReadStream(file), { ...target, race, source: "cli", fileName: path.basename(file), sizeBytes, maxBytes });
    // After the commit, before the process ends: the runners it qualified get their email.
    if (imported.ok && !imported.summary.dryRun) await deliverNotifications(database.db, io);
    return imported;
  });
  if (!outcome.ok) {
    io.stderr(`Refused ${file}: ${outcome.errors.length === 1 ? "1 problem" : `${outcome.errors.length} problems`}, nothing imported.`);
    for (const error of outcome.errors) io.stderr(formatProblem(error));
    return 1;
  }
  const s = outcome.summary;
  for (const warning of s.warnings) io.stderr(`warning: ${formatProblem(warning)}`);
  io.stderr(
    `${s.dryRun ? "Dry run (nothing written): would import" : "Imported"} ${s.rows} rows into ${s.eventName} / ${s.raceName} (${s.category ?? "not scored"}${s.finalsQualifier ? ", Finals qualifier" : ""}${s.resultsFinal ? "" : ", results not final"}): ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged, ${s.removed} removed; ${s.newlyQualified.length} newly qualified (${Math.round(performance.now() - started)} ms).`,
  );
  if (values.json) {
    io.stdout(JSON.stringify(s, null, 2));
  } else if (s.newlyQualified.length > 0) {
    io.stdout(
      textTable(
        ["Sex", "Runner", "Bib", "Runner id", "Finals", "Reasons"],
        s.newlyQualified.map((q) => [sexLabel(q.sex), q.runnerName, q.bib, q.externalId ?? "", `${q.finalsRace} ${q.editionYear}`, q.reasons.map(describeReason).join("; ")]),
      ),
    );
  }
  return 0;
}

/** The results files under a path: the file itself, or a folder's files (recursively), sorted. */
function filesUnder(target: string): string[] {
  const stat = statSync(target);
  if (!stat.isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(target, entry.name);
      if (entry.isDirectory()) return filesUnder(full);
      return /\.(csv|txt|xlsx)$/i.test(entry.name) ? [full] : [];
    });
}

export interface CheckedFile {
  file: string;
  ok: boolean;
  rows: number;
  warnings: ImportProblem[];
  errors: ImportProblem[];
}

/** `check <file or folder>... [--level L] [--json]`: parses and checks every file, writes nothing. */
export async function checkCommand(args: string[], io: IngestCliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { level: { type: "string" }, "max-mb": { type: "string" }, json: { type: "boolean", default: false } },
  });
  if (positionals.length === 0) usage("check takes one or more files or folders");
  const level = values.level as EventLevel | undefined;
  if (level !== undefined && !EVENT_LEVELS.includes(level)) usage(`--level must be one of ${EVENT_LEVELS.join(", ")}`);
  const podiumPlaces = guardedPodiumPlaces(level);
  const maxBytes = megabytes(values["max-mb"]);
  const files: string[] = [];
  for (const p of positionals) {
    try {
      files.push(...filesUnder(p));
    } catch {
      usage(`Cannot read ${p}: no such file or folder`);
    }
  }
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const outcome = await parseResults(createReadStream(file), { maxBytes, sizeBytes: statSync(file).size, podiumPlaces });
    checked.push(outcome.ok
      ? { file, ok: true, rows: outcome.rows.length, warnings: outcome.warnings, errors: [] }
      : { file, ok: false, rows: 0, warnings: outcome.warnings, errors: outcome.errors });
  }
  const accepted = checked.filter((c) => c.ok).length;
  const refused = checked.length - accepted;
  if (values.json) {
    io.stdout(JSON.stringify({ files: checked, accepted, refused }, null, 2));
  } else {
    for (const c of checked) {
      io.stdout(`${c.ok ? "accepted" : "REFUSED "}  ${c.file}  ${c.rows} rows, ${c.warnings.length} warnings, ${c.errors.length} errors`);
      for (const e of c.errors) io.stdout(`    error: ${formatProblem(e)}`);
      for (const w of c.warnings) io.stdout(`    warning: ${formatProblem(w)}`);
    }
    io.stdout(`${checked.length} files: ${accepted} accepted, ${refused} refused.`);
  }
  return refused > 0 ? 1 : 0;
}

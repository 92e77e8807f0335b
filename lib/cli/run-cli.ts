/**
 * The command line (`npm run --silent cli -- <command>`): results import and the qualifiers of an
 * edition. Only the result goes to stdout (a table, or JSON with --json); logs and errors go to stderr.
 * Exit codes: 0 done, 1 file refused or command failed, 2 bad usage.
 */
import { createReadStream, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DatabaseLockedError, migrateDatabase, openDatabase, type Database } from "@/db/client";
import { importResultsFile } from "@/lib/data/import-results";
import { listEditionQualifiers } from "@/lib/data/qualifiers";
import { isIsoDate } from "@/lib/domain/iso-date";
import { EVENT_LEVELS, RACE_CATEGORIES, type EventLevel, type RaceCategory } from "@/lib/domain/types";
import { DEFAULT_MAX_IMPORT_BYTES, formatImportError, type ParsedRace } from "@/lib/import/parse-results";
import { describeReason, sexLabel, textTable } from "@/lib/import/report";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** DATABASE_URL / DATA_DIR, from the validated env (lib/env.js). */
  database: { databaseUrl?: string; dataDir: string };
}

const USAGE = `Usage:
  cli import <file> --event "<name>" --level event|major|finals|index [--year YYYY] [--json]
        [--race "<name>"] [--date YYYY-MM-DD] [--distance KM] [--elevation-gain M] [--category 20K|50K|100K|100M]
        [--max-mb N]
  cli qualifiers --edition YYYY [--json]`;

class UsageError extends Error {}

function usage(message: string): never {
  throw new UsageError(message);
}

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) usage(`${flag} must be a whole number, got "${value}"`);
  return Number(value);
}

function positiveNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || value.trim() === "") usage(`${flag} must be a number, got "${value}"`);
  return n;
}

async function withDatabase<T>(io: CliIo, run: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({ databaseUrl: io.database.databaseUrl, dataDir: io.database.dataDir });
  try {
    await migrateDatabase(database); // a fresh data dir works at once
    return await run(database);
  } finally {
    await database.close();
  }
}

async function importCommand(args: string[], io: CliIo): Promise<number> {
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
      "max-mb": { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) usage("import takes exactly one file");
  if (!values.event?.trim()) usage("--event is required");
  const level = values.level as EventLevel | undefined;
  if (!level || !EVENT_LEVELS.includes(level)) usage(`--level must be one of ${EVENT_LEVELS.join(", ")}`);
  const category = values.category as RaceCategory | undefined;
  if (category !== undefined && !RACE_CATEGORIES.includes(category)) usage(`--category must be one of ${RACE_CATEGORIES.join(", ")}`);
  if (values.date !== undefined && !isIsoDate(values.date)) usage("--date must be written YYYY-MM-DD");
  const race: Partial<ParsedRace> = {};
  if (values.date) race.date = values.date;
  const distance = positiveNumber(values.distance, "--distance");
  if (distance !== undefined) race.distanceKm = distance;
  const gain = positiveNumber(values["elevation-gain"], "--elevation-gain");
  if (gain !== undefined) race.elevationGainM = Math.round(gain);
  const maxMb = positiveNumber(values["max-mb"], "--max-mb");

  let sizeBytes: number;
  try {
    sizeBytes = statSync(file).size;
  } catch {
    io.stderr(`Cannot read ${file}: no such file`);
    return 1;
  }
  const started = performance.now();
  const outcome = await withDatabase(io, (database) =>
    importResultsFile(database.db, createReadStream(file), {
      eventName: values.event ?? "",
      level,
      year: integer(values.year, "--year"),
      raceName: values.race,
      officialCategory: category ?? null,
      source: "cli",
      fileName: path.basename(file),
      sizeBytes,
      maxBytes: maxMb !== undefined ? Math.round(maxMb * 1024 * 1024) : DEFAULT_MAX_IMPORT_BYTES,
      race,
    }),
  );
  if (!outcome.ok) {
    io.stderr(`Refused ${file}: ${outcome.errors.length === 1 ? "1 problem" : `${outcome.errors.length} problems`}, nothing imported.`);
    for (const error of outcome.errors) io.stderr(formatImportError(error));
    return 1;
  }
  const s = outcome.summary;
  io.stderr(
    `Imported ${s.rows} rows into ${s.eventName} / ${s.raceName} (${s.category ?? "not scored"}): ${s.inserted} inserted, ${s.updated} updated, ${s.unchanged} unchanged; ${s.newlyQualified.length} newly qualified (${Math.round(performance.now() - started)} ms).`,
  );
  if (values.json) {
    io.stdout(JSON.stringify(s, null, 2));
  } else if (s.newlyQualified.length > 0) {
    io.stdout(
      textTable(
        ["Sex", "Runner", "Bib", "Runner id", "Finals", "Reasons"],
        s.newlyQualified.map((q) => [
          sexLabel(q.sex),
          q.runnerName,
          q.bib,
          q.externalId ?? "",
          `${q.finalsRace} ${q.editionYear}`,
          q.reasons.map(describeReason).join("; "),
        ]),
      ),
    );
  }
  return 0;
}

async function qualifiersCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { edition: { type: "string" }, json: { type: "boolean", default: false } },
  });
  if (positionals.length > 0) usage(`unexpected argument "${positionals[0]}"`);
  const edition = integer(values.edition, "--edition");
  if (edition === undefined || edition < 1000 || edition > 9999) usage("--edition YYYY is required");
  const list = await withDatabase(io, (database) => listEditionQualifiers(database.db, { editionYear: edition }));
  io.stderr(`${list.length} qualified for the ${edition} Finals.`);
  if (values.json) {
    io.stdout(JSON.stringify(list, null, 2));
  } else if (list.length > 0) {
    io.stdout(
      textTable(
        ["Finals", "Sex", "Runner", "Runner id", "Country", "Race", "Reasons"],
        list.map((q) => [
          q.finalsRace,
          sexLabel(q.sex),
          q.runnerName,
          q.externalId ?? "",
          q.nationality ?? "",
          [...new Set(q.reasons.map((r) => `${r.eventName} / ${r.raceName} (${r.date})`))].join("; "),
          q.reasons.map(describeReason).join("; "),
        ]),
      ),
    );
  }
  return 0;
}

/** Runs one command; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === "import") return await importCommand(args, io);
    if (command === "qualifiers") return await qualifiersCommand(args, io);
    if (command === "help" || command === "--help" || command === undefined) {
      io.stderr(USAGE);
      return command === undefined ? 2 : 0;
    }
    usage(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    // The embedded database is held by the server (or another command): say what to do, no stack trace.
    if (error instanceof DatabaseLockedError) {
      io.stderr(error.message);
      return 1;
    }
    io.stderr(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

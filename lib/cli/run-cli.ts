/**
 * The command line (`npm run --silent cli -- <command>`): results import, the qualifiers of an
 * edition, and a race's official and provisional scores (R20). Only the result goes to stdout (a table, or JSON with --json); logs and errors go to stderr.
 * Exit codes: 0 done, 1 file refused or command failed, 2 bad usage.
 */
import { parseArgs } from "node:util";
import { DatabaseLockedError, migrateDatabase, openDatabase, type Database } from "@/db/client";
import { queueWaitingRequestReminders } from "@/lib/data/notifications";
import { listEditionQualifiers } from "@/lib/data/qualifiers";
import { deliverNotificationEmails } from "@/lib/notifications/deliver";
import { getRaceScores, listEventRaceNames } from "@/lib/data/race-scores";
import { checkCommand, importCommand, UsageError } from "@/lib/ingest/cli";
import { basisText, describeReason, sexLabel, textTable } from "@/lib/ingest/report";
import { formatDuration } from "@/lib/format/labels";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** DATABASE_URL / DATA_DIR, from the validated env (lib/env.js). */
  database: { databaseUrl?: string; dataDir: string };
}

const USAGE = `Usage:
  cli import <file> --event "<name>" --level event|major|finals|index [--year YYYY] [--json]
        [--race "<name>"] [--date YYYY-MM-DD] [--distance KM] [--elevation-gain M] [--category 20K|50K|100K|100M]
        [--qualifier | --not-qualifier] [--partial] [--final | --not-final] [--dry-run] [--max-mb N]
  cli check <file or folder>... [--level event|major|finals|index] [--json] [--max-mb N]
  cli qualifiers --edition YYYY [--json]
  cli notify        (reminds the elite team of requests waiting over 7 days; emails what is unsent)
  cli scores --event "<name>" --year YYYY --race "<name>" [--json]`;

function usage(message: string): never {
  throw new UsageError(message);
}

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) usage(`${flag} must be a whole number, got "${value}"`);
  return Number(value);
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
  const provisional = list.filter((q) => q.status === "provisional").length;
  io.stderr(`${list.length} qualified for the ${edition} Finals${provisional > 0 ? ` (${provisional} provisionally: results not final yet, R20)` : ""}.`);
  if (values.json) {
    io.stdout(JSON.stringify(list, null, 2));
  } else if (list.length > 0) {
    io.stdout(
      textTable(
        ["Finals", "Status", "Sex", "Runner", "Runner id", "Country", "Race", "Reasons"],
        list.map((q) => [
          q.finalsRace,
          q.status,
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

/** The notification round the server runs hourly, for a cron job or after a long stop. */
async function notifyCommand(args: string[], io: CliIo): Promise<number> {
  if (args.length > 0) usage(`unexpected argument "${args[0]}"`);
  const report = await withDatabase(io, async (database) => {
    const reminders = await queueWaitingRequestReminders(database.db, new Date());
    return { reminders, ...(await deliverNotificationEmails(database.db)) };
  });
  io.stderr(`${report.reminders} reminders queued; ${report.sent} emailed, ${report.skipped} turned off, ${report.failed} to retry.`);
  return report.failed > 0 ? 1 : 0;
}

/** R20: each finisher's score, official or provisional with its range. */
async function scoresCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { event: { type: "string" }, year: { type: "string" }, race: { type: "string" }, json: { type: "boolean", default: false } },
  });
  if (positionals.length > 0) usage(`unexpected argument "${positionals[0]}"`);
  const year = integer(values.year, "--year");
  if (year === undefined || year < 1000 || year > 9999) usage("--year YYYY is required");
  const eventName = values.event?.trim();
  const raceName = values.race?.trim();
  if (!eventName) usage('--event "<name>" is required');
  if (!raceName) usage('--race "<name>" is required');
  const found = await withDatabase(io, async (database) => {
    const scores = await getRaceScores(database.db, { eventName, year, raceName });
    return { scores, raceNames: scores ? [] : await listEventRaceNames(database.db, { eventName, year }) };
  });
  const { scores } = found;
  if (!scores) {
    io.stderr(
      found.raceNames.length > 0
        ? `No race "${raceName}" at ${eventName} ${year}. Its races: ${found.raceNames.map((n) => `"${n}"`).join(", ")}.`
        : `No event "${eventName}" in ${year} (names are matched exactly).`,
    );
    return 1;
  }
  const official = scores.rows.filter((r) => r.status === "official").length;
  const provisional = scores.rows.length - official;
  const basis = scores.basis ? basisText(scores.basis) : "no estimate: no official score, no index, no earlier edition";
  const final = scores.resultsFinal ? "results final" : "results not final: places may still move";
  io.stderr(`${scores.rows.length} finishers (${final}): ${official} official, ${provisional} provisional${provisional > 0 ? ` (${basis})` : ""}.`);
  if (values.json) {
    io.stdout(JSON.stringify(scores.rows, null, 2));
  } else if (scores.rows.length > 0) {
    io.stdout(
      textTable(
        ["Bib", "Time", "Score", "Status", "Range"],
        scores.rows.map((r) => [r.bib, formatDuration(r.timeSeconds), r.score === null ? "—" : String(r.score), r.status, r.status === "official" || r.low === null ? "" : `${r.low}-${r.high}`]),
      ),
    );
  }
  return 0;
}

/** Runs one command; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === "import") return await importCommand(args, io, (run) => withDatabase(io, run));
    if (command === "check") return await checkCommand(args, io);
    if (command === "qualifiers") return await qualifiersCommand(args, io);
    if (command === "notify") return await notifyCommand(args, io);
    if (command === "scores") return await scoresCommand(args, io);
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

/**
 * Where a results file goes and how: one parameter schema for the three doors (the API's and the admin
 * page's query string, the command line's flags). Messages are shown to whoever sent them.
 */
import { z } from "zod";
import type { ImportTarget } from "@/lib/data/import-results";
import { isIsoDate } from "@/lib/domain/iso-date";
import { EVENT_LEVELS, RACE_CATEGORIES } from "@/lib/domain/types";
import type { ParsedRace } from "./types";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .optional()
    .transform((v) => (v === "" ? undefined : v));

const optionalNumber = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : Number(v)))
    .refine((v) => v === undefined || (Number.isFinite(v) && v >= 0), message);

const optionalFlag = (name: string) =>
  z
    .enum(["true", "false"], { error: `${name} must be true or false` })
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "true"));

export const resultsImportSchema = z.object({
  event: z.string({ error: "Give the event name" }).trim().min(1, "Give the event name").max(200, "Use at most 200 characters"),
  level: z.enum(EVENT_LEVELS, { error: `Choose a level: ${EVENT_LEVELS.join(", ")}` }),
  year: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === undefined || v === "" ? undefined : Number(v)))
    .refine((v) => v === undefined || (Number.isInteger(v) && v >= 1900 && v <= 2999), "Give the year as 4 digits, e.g. 2025"),
  race: optionalText(200),
  date: optionalText(10).refine((v) => v === undefined || isIsoDate(v), "Give the date as YYYY-MM-DD"),
  distance: optionalNumber("Give the distance in km, e.g. 101.5").refine((v) => v === undefined || v > 0, "The distance must be more than 0 km"),
  elevation_gain: optionalNumber("Give the elevation gain in metres, e.g. 3247"),
  category: z.enum(RACE_CATEGORIES, { error: `Choose a category: ${RACE_CATEGORIES.join(", ")}` }).optional(),
  /** R11: this race is (true) or is not (false) its event's Finals qualifier for its category. */
  qualifier: optionalFlag("qualifier"),
  /** Part of the race's results (a live feed): results missing from the file are kept. */
  partial: optionalFlag("partial"),
  /** R20: the race's results are final (default: a full file is, a partial one is not). */
  final: optionalFlag("final"),
  /** Show what the import would do, write nothing. */
  dry_run: optionalFlag("dry_run"),
});

export type ResultsImportParams = z.infer<typeof resultsImportSchema>;

/** The parameters of a URL's query string (empty ones dropped: a form sends "" for "not given"). */
export function resultsImportParams(searchParams: URLSearchParams | Record<string, string | undefined>) {
  const get = (key: string) => (searchParams instanceof URLSearchParams ? searchParams.get(key) : searchParams[key]);
  const raw: Record<string, string> = {};
  for (const key of Object.keys(resultsImportSchema.shape)) {
    const value = get(key);
    if (value !== null && value !== undefined && value.trim() !== "") raw[key] = value;
  }
  return resultsImportSchema.safeParse(raw);
}

/** The import's target and the race values that win over the file's own lines. */
export function importTargetOf(p: ResultsImportParams): { target: ImportTarget; race: Partial<ParsedRace> } {
  const race: Partial<ParsedRace> = {};
  if (p.date) race.date = p.date;
  if (p.distance !== undefined) race.distanceKm = p.distance;
  if (p.elevation_gain !== undefined) race.elevationGainM = Math.round(p.elevation_gain);
  return {
    target: {
      eventName: p.event,
      level: p.level,
      year: p.year,
      raceName: p.race,
      officialCategory: p.category ?? null,
      qualifier: p.qualifier,
      partial: p.partial,
      final: p.final,
      dryRun: p.dry_run,
    },
    race,
  };
}

/**
 * Where an uploaded results file goes: the query parameters of POST /api/v1/results and of the admin
 * page's upload. Messages are shown to the person (or provider) who sent them.
 */
import { z } from "zod";
import { isIsoDate } from "@/lib/domain/iso-date";
import { EVENT_LEVELS, RACE_CATEGORIES } from "@/lib/domain/types";

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
});

export type ResultsImportParams = z.infer<typeof resultsImportSchema>;

/** The parameters of a URL's query string (empty ones dropped: a form sends "" for "not given"). */
export function resultsImportParams(searchParams: URLSearchParams) {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(resultsImportSchema.shape)) {
    const value = searchParams.get(key);
    if (value !== null && value.trim() !== "") raw[key] = value;
  }
  return resultsImportSchema.safeParse(raw);
}

/**
 * The race a file describes: its `# Key: value` lines (Race, Distance, D+, D-, Date, URL), and the
 * caller's values, which win. Distance, D+ and the year decide the category (R3) and the period (R8).
 */
import { isIsoDate } from "@/lib/domain/iso-date";
import type { ProblemList } from "./problems";
import type { ParsedRace } from "./types";

export type RaceMeta = Partial<ParsedRace> & { dateUnknown?: { line: number; text: string } };

const META_KEYS: Record<string, keyof ParsedRace> = {
  race: "name",
  name: "name",
  distance: "distanceKm",
  "d+": "elevationGainM",
  "d-": "elevationLossM",
  date: "date",
  url: "url",
};

/** Values that say "no date" rather than a malformed one. */
const NO_DATE = /^(n\/?a|unknown|tbd|tba|none|-+)$/i;

function parseMetaNumber(value: string, unit: "km" | "m"): number | null {
  const m = new RegExp(`^(\\d+(?:[.,]\\d+)?)\\s*(?:${unit})?$`, "i").exec(value.trim());
  return m?.[1] ? Number(m[1].replace(",", ".")) : null;
}

/** Reads one `# Key: value` line into `meta`; unknown keys are ignored (providers add their own). */
export function readRaceMeta(text: string, line: number, meta: RaceMeta, errors: ProblemList) {
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
      else if (NO_DATE.test(value)) meta.dateUnknown = { line, text: value };
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

/** The year in a results page's URL path (`https://live.utmb.world/mozart100/2024`), when there is one. */
export function yearFromUrl(url: string | null | undefined): number | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})(?:[/?#]|$)/.exec(url.replace(/^[a-z]+:\/\/[^/]+/i, ""));
  return m?.[1] ? Number(m[1]) : null;
}

/**
 * The race from the file's lines and the caller's values. Without a date (`Date: N/A`) the race is
 * dated July 1 of its year (the caller's year, else the year of the results URL) with a warning: the
 * year decides the period (R8); the day only moves the index's recency weights (R6) by months.
 */
export function resolveRace(
  meta: RaceMeta,
  options: { race?: Partial<ParsedRace>; year?: number },
  errors: ProblemList,
  warnings: ProblemList,
): ParsedRace | null {
  const given = options.race ?? {};
  const pick = <K extends keyof ParsedRace>(key: K): ParsedRace[K] | undefined => (given[key] !== undefined ? given[key] : (meta[key] as ParsedRace[K] | undefined));
  const distanceKm = pick("distanceKm");
  const elevationGainM = pick("elevationGainM");
  let date = pick("date");
  if (distanceKm === undefined || distanceKm === null) {
    errors.add(null, "Distance", 'The race distance is missing: add a "# Distance: 101.5 km" line or give the distance.');
  }
  if (elevationGainM === undefined || elevationGainM === null) {
    errors.add(null, "D+", 'The elevation gain is missing: add a "# D+: 3247 m" line or give it.');
  }
  if (!date) {
    const year = options.year ?? yearFromUrl(pick("url"));
    if (year !== null && year !== undefined) {
      date = `${year}-07-01`;
      const from = options.year !== undefined ? "the event's year" : "the results URL";
      warnings.add(meta.dateUnknown?.line ?? null, "Date", `The race date is not given${meta.dateUnknown ? ` (Date: ${meta.dateUnknown.text})` : ""}: dated ${date}, the middle of ${year} (from ${from}); give the date to set the real day.`);
    } else {
      errors.add(meta.dateUnknown?.line ?? null, "Date", 'The race date is missing: add a "# Date: 2025-06-21" line or give the date (or at least the event year).');
    }
  } else if (!isIsoDate(date)) errors.add(null, "Date", `The race date "${date}" must be written YYYY-MM-DD.`);
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

/**
 * The ITRA result file (itra.run, "Result file guidelines"): one sheet, usually .xlsx, headings
 * `Ranking, Time, Family name, First name, Gender, Birthdate, Nationality, Bib number, City`.
 * `Ranking` is the overall place, or `DNF` with an empty time; ITRA asks organisers to leave DNS
 * runners out, but DNS and disqualifications are read when they are there. No runner id, no place
 * by sex, no score: the engine ranks finishers by their overall place.
 */
import { r12AgeGroup } from "@/lib/domain/age-group";
import type { ResultStatus, Sex } from "@/lib/domain/types";
import { sexedRow, sexFromText, type ResultsLayout } from "../layout";
import { hmsSeconds, type RowReader } from "../row-reader";

export const ITRA_COLUMNS = [
  "ranking", "time", "family name", "first name", "gender", "birthdate", "nationality", "bib number", "city",
] as const;

/** Words written in `Ranking` instead of a place, lower case. */
export const ITRA_RANKING_STATUS: Readonly<Record<string, ResultStatus>> = {
  dnf: "dnf",
  abd: "dnf",
  ab: "dnf",
  abandon: "dnf",
  abandonment: "dnf",
  abandoned: "dnf",
  dns: "dns",
  "non partant": "dns",
  np: "dns",
  dsq: "dsq",
  dq: "dsq",
  disq: "dsq",
  disqualified: "dsq",
};

/**
 * The birth year of a birthdate: "1985-04-23" (ITRA's form, also what a workbook's date cell reads as,
 * maybe with a time), "23/04/1985" or "4/23/1985" (day and month in either order: only the year is
 * kept), "23.04.1985", or the year alone ("1985"). null when none of those.
 */
export function birthYearOf(text: string): number | null {
  const t = text.trim();
  const iso = /^(\d{4})(?:-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?)?$/.exec(t);
  if (iso) {
    const [month, day] = [Number(iso[2] ?? 1), Number(iso[3] ?? 1)];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? Number(iso[1]) : null;
  }
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) {
    const [a, b] = [Number(dmy[1]), Number(dmy[2])];
    return a >= 1 && b >= 1 && a <= 31 && b <= 31 && Math.min(a, b) <= 12 ? Number(dmy[3]) : null;
  }
  return null;
}

/** Birth year, read from `column` as a date or a year; a value that decides nothing is warned and left empty. */
export function readBirthYear(r: RowReader, column: string, raceYear: number | null): number | null {
  const text = r.text(column);
  if (text === "") return null;
  const year = birthYearOf(text);
  const latest = raceYear ?? new Date().getUTCFullYear();
  if (year === null) {
    r.warn(column, `${column} "${text}" is not a date (YYYY-MM-DD, DD/MM/YYYY) nor a year: left empty`, `${column}:unreadable`);
    return null;
  }
  if (year < 1900 || year > latest) {
    r.warn(column, `${column} "${text}" is not a plausible birth date: left empty`, `${column}:implausible`);
    return null;
  }
  return year;
}

/** "First name Family name", spaces folded. */
export function fullName(first: string, family: string): string {
  return `${first} ${family}`.replace(/\s+/g, " ").trim();
}

export const itraLayout: ResultsLayout = {
  name: "itra",
  describe: `the ITRA result file (${["Ranking", "Time", "Family name", "First name", "Gender", "Birthdate", "Nationality", "Bib number", "City"].join(",")}; Ranking, Family name, First name, Gender, Bib number required)`,
  matches: (columns) => columns.includes("family name") && columns.includes("first name") && (columns.includes("ranking") || columns.includes("gender")),
  required: ["ranking", "family name", "first name", "gender", "bib number"],
  known: ITRA_COLUMNS,
  readRow(r, context) {
    // The portal keys results by bib: ITRA says it is optional, here a row without one is refused.
    const bib = r.required("bib number");
    const family = r.required("family name");
    const first = r.required("first name");
    const sexText = r.text("gender");
    const sex: Sex | null = sexFromText(sexText);
    const birthYear = readBirthYear(r, "birthdate", context.raceYear);
    const nationality = r.nationality("nationality");
    const age = birthYear !== null && context.raceYear !== null ? context.raceYear - birthYear : null;

    // Ranking: a place (finisher) or a word saying why there is none.
    const rankingText = r.text("ranking");
    let status: ResultStatus | undefined;
    let placeOverall: number | null | undefined = null;
    if (rankingText === "") {
      r.fail("ranking", "ranking is required: a place, or DNF, DNS, DSQ");
    } else if (/^[\d.]+$/.test(rankingText)) {
      placeOverall = r.place("ranking");
      status = "finisher";
    } else {
      status = ITRA_RANKING_STATUS[rankingText.toLowerCase().replace(/\.$/, "").replace(/\s+/g, " ")];
      if (status === undefined) {
        r.fail("ranking", `ranking "${rankingText}" is neither a place nor one of ${Object.keys(ITRA_RANKING_STATUS).map((s) => s.toUpperCase()).join(", ")}: we cannot tell whether this runner finished`);
      }
    }

    // Time: a finisher's decides (R9, R10); a non-finisher's is kept when readable (ITRA asks for none).
    const timeText = r.text("time");
    let seconds: number | null | undefined = timeText === "" ? null : hmsSeconds(timeText);
    if (status === "finisher") {
      if (timeText === "") seconds = r.fail("time", "time is required for a finisher (HH:MM:SS)");
      else if (seconds === null) seconds = r.fail("time", `time "${timeText}" is not a time (HH:MM:SS): a finisher needs one`);
    } else if (timeText !== "" && seconds === null) {
      r.warn("time", `time "${timeText}" is not a time: left empty (not a finisher)`, "time:nonfinisher");
    }

    if (!r.ok || bib === undefined || family === undefined || first === undefined || status === undefined) return null;
    if (placeOverall === undefined || seconds === undefined) return null;
    const timeSeconds = status === "dns" ? null : seconds;
    return sexedRow(r, context, sexText, {
      bib,
      externalId: null,
      name: fullName(first, family),
      sex,
      birthYear,
      nationality,
      age,
      ageGroup: age === null ? null : r12AgeGroup(null, age).group,
      status,
      timeSeconds,
      placeOverall,
      placeBySex: null,
      placeInAgeGroup: null,
      utmbScore: null,
    });
  },
};

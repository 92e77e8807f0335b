/**
 * The live-results export of public timing pages (live.utmb.world and alike): 17 columns, `H`/`F`,
 * age-group labels, status codes, ranks written "3.0". Real exports differ in what decides nothing
 * (labels, country spellings, a stray `is_finisher`): those are mapped or warned, never refused.
 */
import type { ResultStatus, Sex } from "@/lib/domain/types";
import { ageGroupOfRow, birthYearOf, sexedRow, sexFromText, type ResultsLayout } from "../layout";
import { hmsSeconds } from "../row-reader";

/** Columns of the live-results export, in their usual order. */
export const LIVE_COLUMNS = [
  "bib", "name", "country", "age", "sex", "category", "club", "utmb_profile_url", "utmb_index",
  "rank_scratch", "rank_sex", "rank_category", "race_time", "race_time_seconds", "is_finisher", "status", "utmb_score",
] as const;

/**
 * Status codes seen in real exports. `f` finisher; `a`/`ab` abandoned, `hd` over the time limit, `s`,
 * `u` and `c` non-finishers (their `is_finisher` is False, `c` keeps a rank and a time but no score);
 * `np`/`nl` did not start, `cancelled` a cancelled entry; `d`/`dsq`/`dq` disqualified.
 */
export const LIVE_STATUS: Readonly<Record<string, ResultStatus>> = {
  f: "finisher",
  a: "dnf",
  ab: "dnf",
  hd: "dnf",
  s: "dnf",
  u: "dnf",
  c: "dnf",
  np: "dns",
  nl: "dns",
  cancelled: "dns",
  d: "dsq",
  dsq: "dsq",
  dq: "dsq",
};

/** The name part of a UTMB profile URL: `.../runner/1261043.rod.farvard` -> "rod.farvard". */
function profileNameOf(url: string): string | null {
  const path = url.replace(/[?#].*$/, "").replace(/\/+$/, "");
  return /^\d+\.(.+)$/.exec(path.slice(path.lastIndexOf("/") + 1))?.[1] ?? null;
}

/** The runner number of a UTMB profile URL: `https://utmb.world/runner/1261043.rod.farvard` -> "1261043". */
export function externalIdFromProfileUrl(url: string): string | null {
  const path = url.replace(/[?#].*$/, "").replace(/\/+$/, "");
  const last = path.slice(path.lastIndexOf("/") + 1);
  return /^(\d+)/.exec(last)?.[1] ?? null;
}

export const liveLayout: ResultsLayout = {
  name: "live",
  describe: `the live-results export (${LIVE_COLUMNS.join(",")})`,
  matches: (columns) => ["utmb_profile_url", "rank_sex", "is_finisher", "race_time_seconds"].some((c) => columns.includes(c)),
  required: ["bib", "name", "sex", "status"],
  known: LIVE_COLUMNS,
  readRow(r, context) {
    const bib = r.required("bib");
    const name = r.required("name");
    const nationality = r.nationality("country");
    const age = r.optionalNumber("age", { min: 0, whole: true, what: "an age" });

    const sexText = r.text("sex");
    const sex: Sex | null = sexFromText(sexText);

    const url = r.text("utmb_profile_url");
    let externalId: string | null = null;
    if (url !== "") {
      externalId = externalIdFromProfileUrl(url);
      if (externalId === null) r.warn("utmb_profile_url", `utmb_profile_url "${url}" has no runner number: the runner is matched by bib`);
    }
    const placeOverall = r.place("rank_scratch");
    const placeBySex = r.place("rank_sex");
    const placeInAgeGroup = r.place("rank_category");

    const statusText = r.text("status").toLowerCase();
    const finisherText = r.text("is_finisher").toLowerCase();
    const isFinisher = finisherText === "true" ? true : finisherText === "false" ? false : null;
    if (finisherText !== "" && isFinisher === null) r.warn("is_finisher", `is_finisher "${r.text("is_finisher")}" is not True or False: the status decides`, `is_finisher:${finisherText}`);
    let status: ResultStatus | undefined = LIVE_STATUS[statusText];
    if (status === undefined) {
      // An unknown code with is_finisher False is a non-finish: it can take no place (R9) and no score (R10).
      if (isFinisher === false) {
        status = "dnf";
        r.warn("status", `status "${r.text("status")}" is not a code we know; is_finisher is False: read as a non-finisher`, `status:${statusText}`);
      } else {
        r.fail("status", `status "${r.text("status")}" is not a code we know (${Object.keys(LIVE_STATUS).join(", ")}) and is_finisher does not say False: we cannot tell whether this runner finished`);
      }
    } else if (isFinisher !== null && isFinisher !== (status === "finisher")) {
      r.warn("is_finisher", `is_finisher "${r.text("is_finisher")}" contradicts status "${statusText}": the status decides`, `is_finisher:${finisherText}:${statusText}`);
    }

    // The time: race_time_seconds, else race_time. A finisher's time decides; a non-finisher's does not.
    const finisher = status === "finisher";
    let seconds: number | null | undefined = null;
    const secondsText = r.text("race_time_seconds");
    const hms = r.text("race_time");
    const secondsValue = secondsText === "" ? null : Number(secondsText);
    if (secondsValue !== null && Number.isFinite(secondsValue) && secondsValue >= 0) seconds = secondsValue;
    else if (hms !== "" && hmsSeconds(hms) !== null) {
      seconds = hmsSeconds(hms);
      if (secondsText !== "") r.warn("race_time_seconds", `race_time_seconds "${secondsText}" is not a time: race_time "${hms}" is used`, "time:seconds");
    }
    else if (secondsText !== "" || hms !== "") {
      const shown = secondsText !== "" ? `race_time_seconds "${secondsText}"` : `race_time "${hms}"`;
      if (finisher) seconds = r.fail(secondsText !== "" ? "race_time_seconds" : "race_time", `${shown} is not a time: a finisher needs one`);
      else r.warn(secondsText !== "" ? "race_time_seconds" : "race_time", `${shown} is not a time: left empty (not a finisher)`, "time:nonfinisher");
    }
    const score = r.number("utmb_score", { min: 0 });
    // Decides nothing the import stores (R20's estimate reads it): an unusable value is warned, not refused.
    const utmbIndex = r.optionalNumber("utmb_index", { min: 0, what: "an index" });
    const ageGroup = ageGroupOfRow(r, "category", age, sex);

    if (!r.ok || bib === undefined || name === undefined || status === undefined) return null;
    if (placeOverall === undefined || placeBySex === undefined || placeInAgeGroup === undefined || seconds === undefined || score === undefined) return null;
    return sexedRow(r, context, sexText, {
      bib,
      externalId,
      profileName: externalId ? profileNameOf(url) : null,
      name,
      sex,
      birthYear: birthYearOf(age, context.raceYear),
      nationality,
      age,
      ageGroup,
      status,
      timeSeconds: status === "dns" || seconds === null ? null : Math.floor(seconds), // hundredths dropped
      placeOverall,
      placeBySex,
      placeInAgeGroup,
      utmbScore: score,
      utmbIndex,
    });
  },
};

/**
 * The UltraSignup results CSV: `place, time, first, last, age, gender` required; `bib, dob, city, state,
 * status` read when there. `place` is the overall place (0 or empty for a non-finisher). `status` is
 * UltraSignup's code: 1 finished, 2 DNF, 3 DNS, 5 DQ (its words are read too).
 *
 * Without a status column a row says whether it finished by its place and time: a place and a time is
 * a finisher; neither (place 0 or empty, no time) is a non-finisher, read as DNF with one warning for
 * the file (a DNS cannot be told from a DNF there, and neither takes a place); a place without a time,
 * or a time without a place, is refused: we cannot tell whether that runner finished.
 *
 * UltraSignup exports often have no bib: the portal keys results by bib, so a row without one gets
 * "L<line>" (its line in the file, stable for a given file) with one warning for the file.
 */
import { r12AgeGroup } from "@/lib/domain/age-group";
import type { ResultStatus, Sex } from "@/lib/domain/types";
import { birthYearOf, sexedRow, sexFromText, type ResultsLayout } from "../layout";
import { hmsSeconds } from "../row-reader";
import { fullName, readBirthYear } from "./itra";

export const ULTRASIGNUP_COLUMNS = ["place", "time", "first", "last", "age", "gender", "bib", "dob", "city", "state", "status"] as const;

/** `status` codes and words, lower case. */
export const ULTRASIGNUP_STATUS: Readonly<Record<string, ResultStatus>> = {
  "1": "finisher",
  "2": "dnf",
  "3": "dns",
  "5": "dsq",
  finished: "finisher",
  finisher: "finisher",
  dnf: "dnf",
  dns: "dns",
  dq: "dsq",
  dsq: "dsq",
};

/** Words some exports write in `place` instead of a number. */
const PLACE_WORDS: Readonly<Record<string, ResultStatus>> = { dnf: "dnf", dns: "dns", dq: "dsq", dsq: "dsq" };

export const ultrasignupLayout: ResultsLayout = {
  name: "ultrasignup",
  describe: `the UltraSignup results CSV (place,time,first,last,age,gender required; bib,dob,city,state,status read when there; status 1 finished, 2 DNF, 3 DNS, 5 DQ)`,
  matches: (columns) => ["first", "last", "gender", "place"].every((c) => columns.includes(c)),
  required: ["place", "time", "first", "last", "age", "gender"],
  known: ULTRASIGNUP_COLUMNS,
  readRow(r, context) {
    let bib: string | undefined = r.text("bib");
    if (bib === "") {
      bib = `L${r.line}`;
      r.warn(
        "bib",
        r.has("bib")
          ? `rows without a bib are given "L" and their line number as bib (here ${bib}): the portal keys results by bib`
          : `the file has no bib column: each row's bib is "L" and its line number (here ${bib}): the portal keys results by bib`,
        "bib:generated",
      );
    }
    const first = r.required("first");
    const last = r.required("last");
    const sexText = r.text("gender");
    const sex: Sex | null = sexFromText(sexText);
    const age = r.optionalNumber("age", { min: 0, whole: true, what: "an age" });
    const dobYear = readBirthYear(r, "dob", context.raceYear);

    // Place: a number (0 for none) or, in some exports, a word saying why there is none.
    const placeText = r.text("place");
    const placeWord: ResultStatus | undefined = PLACE_WORDS[placeText.toLowerCase()];
    let place: number | null | undefined = null;
    if (placeWord === undefined && placeText !== "" && !/^0+(\.0*)?$/.test(placeText)) place = r.place("place");

    const timeText = r.text("time");
    const seconds = timeText === "" ? null : hmsSeconds(timeText);

    let status: ResultStatus | undefined;
    if (r.text("status") !== "") {
      const statusText = r.text("status");
      status = ULTRASIGNUP_STATUS[statusText.toLowerCase()];
      if (status === undefined) {
        r.fail("status", `status "${statusText}" is not a code we know (1 finished, 2 DNF, 3 DNS, 5 DQ): we cannot tell whether this runner finished`);
      } else if (placeWord !== undefined && placeWord !== status) {
        r.fail("place", `place "${placeText}" contradicts status "${statusText}": we cannot tell whether this runner finished`);
      }
    } else if (placeWord !== undefined) {
      status = placeWord;
    } else if (place !== undefined) {
      if (place !== null && timeText !== "") status = "finisher";
      else if (place === null && timeText === "") {
        status = "dnf";
        r.warn("status", r.has("status")
          ? "rows with no status, no place and no time are read as DNF (a DNS cannot be told apart): neither takes a place"
          : "the file has no status column: rows with no place and no time are read as DNF (a DNS cannot be told apart): neither takes a place", "status:inferred-dnf");
      } else if (place !== null) {
        r.fail("time", `place ${place} but no time: a finisher needs a time, a non-finisher no place; give the time or a status column`);
      } else {
        r.fail("place", `time "${timeText}" but no place: we cannot tell whether this runner finished; give the place or a status column`);
      }
    }

    let timeSeconds: number | null | undefined = seconds;
    if (status === "finisher") {
      if (timeText === "") timeSeconds = r.fail("time", "time is required for a finisher (HH:MM:SS)");
      else if (seconds === null) timeSeconds = r.fail("time", `time "${timeText}" is not a time (HH:MM:SS): a finisher needs one`);
      if (place === null) r.fail("place", "place is required for a finisher");
    } else if (timeText !== "" && seconds === null) {
      r.warn("time", `time "${timeText}" is not a time: left empty (not a finisher)`, "time:nonfinisher");
    }

    if (!r.ok || first === undefined || last === undefined || status === undefined || place === undefined || timeSeconds === undefined) return null;
    const kept = status === "dns" ? null : timeSeconds;
    // R12 counts the age in the race's calendar year: from the birth date when given; UltraSignup's
    // age is the age on race day (a year less for a birthday after the race).
    const raceYearAge = dobYear !== null && context.raceYear !== null ? context.raceYear - dobYear : age;
    return sexedRow(r, context, sexText, {
      bib,
      externalId: null,
      name: fullName(first, last),
      sex,
      birthYear: dobYear ?? birthYearOf(age, context.raceYear),
      nationality: null,
      age,
      ageGroup: raceYearAge === null ? null : r12AgeGroup(null, raceYearAge).group,
      status,
      timeSeconds: kept,
      placeOverall: place,
      placeBySex: null,
      placeInAgeGroup: null,
      utmbScore: null,
    });
  },
};

/**
 * The portal's own CSV (README, "Canonical CSV"): columns in any order, `bib,name,sex,status` required.
 */
import { AGE_GROUPS } from "@/lib/domain/age-group";
import { RESULT_STATUSES, type ResultStatus, type Sex } from "@/lib/domain/types";
import { ageGroupOfRow, birthYearOf, sexedRow, sexFromText, type ResultsLayout } from "../layout";

export const CANONICAL_COLUMNS = [
  "bib", "external_id", "name", "sex", "birth_year", "nationality", "age", "age_group", "status",
  "time_seconds", "place_overall", "place_by_sex", "place_in_age_group", "utmb_score",
] as const;

export const canonicalLayout: ResultsLayout = {
  name: "canonical",
  describe: `the canonical CSV (columns among ${CANONICAL_COLUMNS.join(",")}; bib,name,sex,status required; age groups ${AGE_GROUPS.join(", ")})`,
  matches: (columns) => ["external_id", "time_seconds", "place_by_sex"].some((c) => columns.includes(c)),
  required: ["bib", "name", "sex", "status"],
  known: CANONICAL_COLUMNS,
  readRow(r, context) {
    const bib = r.required("bib");
    const name = r.required("name");
    const externalId = r.text("external_id") || null;
    const sexText = r.text("sex");
    const sex: Sex | null = sexFromText(sexText);
    const birthYear = r.optionalNumber("birth_year", { min: 1900, whole: true, what: "a birth year" });
    const nationality = r.nationality("nationality");
    const age = r.optionalNumber("age", { min: 0, whole: true, what: "an age" });
    const ageGroup = ageGroupOfRow(r, "age_group", age, sex);
    const statusText = r.text("status").toLowerCase();
    const status = (RESULT_STATUSES as readonly string[]).includes(statusText)
      ? (statusText as ResultStatus)
      : r.fail("status", `status "${r.text("status")}" must be one of ${RESULT_STATUSES.join(", ")}`);
    const timeSeconds = r.number("time_seconds", { min: 0, whole: true });
    const placeOverall = r.place("place_overall");
    const placeBySex = r.place("place_by_sex");
    const placeInAgeGroup = r.place("place_in_age_group");
    const score = r.number("utmb_score", { min: 0 });
    if (!r.ok || bib === undefined || name === undefined || status === undefined) return null;
    if (timeSeconds === undefined || placeOverall === undefined || placeBySex === undefined || placeInAgeGroup === undefined || score === undefined) return null;
    return sexedRow(r, context, sexText, {
      bib,
      externalId,
      name,
      sex,
      birthYear: birthYear ?? birthYearOf(age, context.raceYear),
      nationality,
      age,
      ageGroup,
      status,
      timeSeconds,
      placeOverall,
      placeBySex,
      placeInAgeGroup,
      utmbScore: score,
    });
  },
};

import "server-only";
import { qualifications } from "@/db/schema";
import type { QualificationReason } from "@/lib/domain/qualification";
import type { EventLevel } from "@/lib/domain/types";

/**
 * How a qualification reason (R9 podium, R10 score, R12 age group) is stored in the `qualifications`
 * table, and read back. One place for both directions, so the columns keep one meaning:
 * `place` is the podium or age-group place, `threshold` the podium size or the score threshold.
 */
export type StoredReason = Pick<typeof qualifications.$inferSelect, "kind" | "place" | "score" | "threshold" | "ageGroup">;

/** The columns of one reason, for a select. */
export const storedReasonColumns = {
  kind: qualifications.kind,
  place: qualifications.place,
  score: qualifications.score,
  threshold: qualifications.threshold,
  ageGroup: qualifications.ageGroup,
};

/** The columns of one reason, for an insert. */
export function reasonToRow(reason: QualificationReason): StoredReason {
  switch (reason.kind) {
    case "podium":
      return { kind: "podium", place: reason.place, score: null, threshold: reason.podiumPlaces, ageGroup: null };
    case "score":
      return { kind: "score", place: null, score: reason.score, threshold: reason.threshold, ageGroup: null };
    case "age_group":
      return { kind: "age_group", place: reason.placeInAgeGroup, score: null, threshold: null, ageGroup: reason.ageGroup };
  }
}

/** The reason a stored row stands for; `level` is the race's event level (podiums count at Events and Majors). */
export function reasonFromRow(row: StoredReason, level: EventLevel): QualificationReason {
  switch (row.kind) {
    case "podium":
      return { kind: "podium", place: row.place ?? 0, podiumPlaces: row.threshold ?? 0, level: level === "major" ? "major" : "event" };
    case "score":
      return { kind: "score", score: row.score ?? 0, threshold: row.threshold ?? 0 };
    case "age_group":
      return { kind: "age_group", ageGroup: row.ageGroup ?? "", placeInAgeGroup: row.place ?? 0 };
  }
}

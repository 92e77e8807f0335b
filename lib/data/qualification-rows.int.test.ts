import { describe, expect, it } from "vitest";
import type { QualificationReason } from "@/lib/domain/qualification";
import { reasonFromRow, reasonToRow } from "./qualification-rows";

describe("qualification rows: a reason stored and read back is the same reason", () => {
  const reasons: [QualificationReason, "event" | "major"][] = [
    [{ kind: "podium", place: 3, podiumPlaces: 3, level: "event" }, "event"],
    [{ kind: "podium", place: 10, podiumPlaces: 10, level: "major" }, "major"],
    [{ kind: "score", score: 850, threshold: 850 }, "event"],
    [{ kind: "age_group", ageGroup: "45-49", placeInAgeGroup: 2 }, "major"],
  ];
  it.each(reasons)("%o", (reason, level) => {
    expect(reasonFromRow(reasonToRow(reason), level)).toEqual(reason);
  });

  it("keeps each column to its meaning", () => {
    expect(reasonToRow({ kind: "score", score: 862, threshold: 850 })).toEqual({ kind: "score", place: null, score: 862, threshold: 850, ageGroup: null });
    expect(reasonToRow({ kind: "age_group", ageGroup: "85+", placeInAgeGroup: 1 })).toEqual({
      kind: "age_group",
      place: 1,
      score: null,
      threshold: null,
      ageGroup: "85+",
    });
  });
});

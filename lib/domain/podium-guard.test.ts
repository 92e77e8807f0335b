import { describe, expect, it } from "vitest";
import { podiumDoubts, type LeftOutRow } from "./podium-guard";
import type { Sex } from "./types";

const finisher = (line: number, sex: Sex, placeBySex: number | null, placeOverall: number | null = null) => ({
  resultId: line,
  line,
  sex,
  status: "finisher" as const,
  placeBySex,
  placeOverall,
  timeSeconds: null,
});
const left = (line: number, sex: Sex | null, placeBySex: number | null, placeOverall: number | null = null): LeftOutRow => ({
  line,
  sex,
  placeBySex,
  placeOverall,
  timeSeconds: null,
});

describe("podiumDoubts (R9)", () => {
  it("doubts a left-out row the file's places count ahead of a podium finisher", () => {
    // The file ranks a DNF 2nd among women: the woman ranked 3rd is 2nd without it, on the podium either way,
    // but the 4th woman (3rd without it) is on a 3-place podium only if the DNF does not count.
    const women = [finisher(1, "F", 1), finisher(3, "F", 3), finisher(4, "F", 4)];
    expect(podiumDoubts(women, [left(2, "F", 2)], 3)).toEqual([{ line: 2, finisherLine: 3, place: 2 }]);
  });

  it("leaves alone a row ranked apart (no gap in the file's places) or behind the podium", () => {
    const men = [finisher(1, "M", 1, 1), finisher(2, "M", 2, 2), finisher(4, "M", 3, 4)];
    // A relay team of sex X placed 3rd overall with its own ranking: the men's places have no gap.
    expect(podiumDoubts(men, [left(3, null, null, 3)], 3)).toEqual([]);
    expect(podiumDoubts(men, [left(9, "M", 40)], 3)).toEqual([]);
  });

  it("doubts a row of unknown sex ahead of a podium finisher of either sex when the places leave a gap", () => {
    const field = [finisher(1, "F", 1, 1), finisher(3, "M", 2, 3)];
    expect(podiumDoubts(field, [left(2, null, null, 2)], 3)).toEqual([{ line: 2, finisherLine: 3, place: 1 }]);
  });

  it("has nothing to guard at a race with no podium qualification", () => {
    expect(podiumDoubts([finisher(3, "F", 3)], [left(2, "F", 2)], 0)).toEqual([]);
  });
});

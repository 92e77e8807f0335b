import { describe, expect, it } from "vitest";
import { result } from "@/test/runner-facts";
import { scoreChartData } from "./chart-data";

const thresholds = { "50K": 730, "100K": 710, "100M": 680 };

// Issue #15: the chart joined 20K and 50K scores in one line and had no thresholds.
describe("scoreChartData", () => {
  it("gives one series per category, in date order, each Finals category with its threshold (R10)", () => {
    const data = scoreChartData(
      [
        result({ resultId: 1, category: "20K", date: "2026-10-08", utmbScore: 790 }),
        result({ resultId: 2, category: "50K", date: "2026-05-02", utmbScore: 700 }),
        result({ resultId: 3, category: "50K", date: "2025-05-02", utmbScore: 650.4 }),
        result({ resultId: 4, category: "100K", status: "dnf", utmbScore: null }),
      ],
      thresholds,
      "2026-11-26",
    );
    expect(data.today).toBe("2026-11-26");
    expect(data.series.map((s) => [s.category, s.threshold, s.points.map((p) => [p.date, p.score])])).toEqual([
      ["20K", null, [["2026-10-08", 790]]],
      ["50K", 730, [["2025-05-02", 650], ["2026-05-02", 700]]],
    ]);
  });
});

/**
 * Plain-text wording of import reports and qualifiers, shared by the command line and the admin page.
 */
import type { QualificationReason } from "@/lib/domain/qualification";
import type { Sex } from "@/lib/domain/types";
import { ordinal, SEX_NAME } from "@/lib/format/labels";


/** "podium: 2nd (top 3 at an Event)", "score 862 >= 850", "age group 40-44: 3rd". */
export function describeReason(reason: QualificationReason): string {
  switch (reason.kind) {
    case "podium":
      return `podium: ${ordinal(reason.place)} (top ${reason.podiumPlaces} at ${reason.level === "major" ? "a Major" : "an Event"})`;
    case "score":
      return `score ${reason.score} >= ${reason.threshold}`;
    case "age_group":
      return `age group ${reason.ageGroup}: ${ordinal(reason.placeInAgeGroup)}`;
  }
}

export function sexLabel(sex: Sex): string {
  return SEX_NAME[sex];
}

/** A fixed-width text table (wide characters count as one; good enough for a terminal report). */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/**
 * Plain-text wording of import reports, qualifiers and scores for the command line.
 */
import type { QualificationReason } from "@/lib/domain/qualification";
import type { Sex } from "@/lib/domain/types";
import { createTranslator } from "next-intl";
import { reasonText } from "@/lib/format/reason-text";
import { MESSAGES, translator } from "@/lib/i18n/messages";

/** The command line speaks English, in the words the admin pages use (messages/en.json). */
const en = translator("en");

const enReasons = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "admin.reasons" });

/** "podium: 2nd (top 3 at an Event)", "score 862 >= 850", "age group 40-44: 3rd". */
export function describeReason(reason: QualificationReason): string {
  return reasonText(enReasons, reason);
}

export function sexLabel(sex: Sex): string {
  return en(`labels.sexName.${sex}`);
}

/** R20: where a race's provisional scores come from, in English. */
export function basisText(basis: "official-scores" | "field" | "earlier-edition" | "field-and-earlier-edition"): string {
  return en(`labels.basis.${basis}`);
}

/** A fixed-width text table (wide characters count as one; good enough for a terminal report). */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

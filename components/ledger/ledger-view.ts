/** Labels of the bib ledger, shared by the elite page, the public page and the CSV export. */
import type { LedgerRow, MovementKind } from "@/lib/domain/bib-ledger";

export const MOVEMENT_LABEL: Record<MovementKind, string> = {
  change_in: "Change of category in (uses a bib)",
  change_out: "Change of category out",
  deferral_out: "Priority deferred to the next Finals",
  deferral_in: "Priority deferred from the last Finals",
  extension: "Extension approved",
  quota: "Quota changed",
};

/** The summary's columns, in order: header and value. */
export const LEDGER_COLUMNS: readonly (readonly [string, (row: LedgerRow) => number | string])[] = [
  ["Quota", (r) => r.quota ?? "—"],
  ["Qualified", (r) => r.qualified],
  ["Registered", (r) => r.registered],
  ["Changes in", (r) => r.changesIn],
  ["Changes out", (r) => r.changesOut],
  ["Deferrals in", (r) => r.deferralsIn],
  ["Deferrals out", (r) => r.deferralsOut],
  ["Extensions", (r) => r.extensions],
  ["Pending requests", (r) => r.pending],
  ["Bibs used", (r) => r.bibsUsed],
  ["Bibs left", (r) => r.bibsLeft ?? "—"],
];

/** The bib ledger's columns and movements, shared by the elite page, the public page and the CSV export (words in messages: `ledger`). */
import type { Messages } from "next-intl";
import type { LedgerRow } from "@/lib/domain/bib-ledger";

export type LedgerColumn = keyof Messages["ledger"]["column"];

/** The summary's columns, in order: message key of the header (`ledger.column.*`) and value. */
export const LEDGER_COLUMNS: readonly (readonly [LedgerColumn, (row: LedgerRow) => number | string])[] = [
  ["quota", (r) => r.quota ?? "—"],
  ["qualified", (r) => r.qualified],
  ["registered", (r) => r.registered],
  ["changesIn", (r) => r.changesIn],
  ["changesOut", (r) => r.changesOut],
  ["deferralsIn", (r) => r.deferralsIn],
  ["deferralsOut", (r) => r.deferralsOut],
  ["extensions", (r) => r.extensions],
  ["pending", (r) => r.pending],
  ["bibsUsed", (r) => r.bibsUsed],
  ["bibsLeft", (r) => r.bibsLeft ?? "—"],
];

import type { LedgerRow } from "@/lib/domain/bib-ledger";
import { SEX_NAME } from "@/lib/labels";
import { LEDGER_COLUMNS } from "./ledger-view";

/** R14-R16: per Finals race and sex, the quota and every count that moves places. Counts only: no names. */
export function LedgerSummary({ editionYear, rows }: { editionYear: number; rows: LedgerRow[] }) {
  return (
    <div role="region" aria-labelledby="ledger-summary-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="ledger-summary-caption" className="p-3 text-left font-semibold">
          Bibs of the {editionYear} Finals by race and sex
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="px-3 py-2">
              Finals race
            </th>
            {LEDGER_COLUMNS.map(([header]) => (
              <th key={header} scope="col" className="px-3 py-2 text-right">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.finalsRace}-${row.sex}`} className="border-b border-slate-200">
              <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">
                {row.finalsRace} · {SEX_NAME[row.sex]}
              </th>
              {LEDGER_COLUMNS.map(([header, value]) => (
                <td key={header} className="px-3 py-2 text-right tabular-nums">
                  {value(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

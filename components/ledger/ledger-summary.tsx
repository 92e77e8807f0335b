import { useTranslations } from "next-intl";
import type { LedgerRow } from "@/lib/domain/bib-ledger";
import { LEDGER_COLUMNS } from "./ledger-view";

/** R14-R16: per Finals race and sex, the quota and every count that moves places. Counts only: no names. */
export function LedgerSummary({ editionYear, rows }: { editionYear: number; rows: LedgerRow[] }) {
  const t = useTranslations("ledger");
  const sexName = useTranslations("labels.sexName");
  return (
    <div role="region" aria-labelledby="ledger-summary-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption id="ledger-summary-caption" className="p-3 text-left font-semibold">
          {t("caption", { year: editionYear })}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="px-3 py-2">
              {t("race")}
            </th>
            {LEDGER_COLUMNS.map(([column]) => (
              <th key={column} scope="col" className="px-3 py-2 text-right">
                {t(`column.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.finalsRace}-${row.sex}`} className="border-b border-slate-200">
              <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">
                {t("raceSex", { race: row.finalsRace, sex: sexName(row.sex) })}
              </th>
              {LEDGER_COLUMNS.map(([column, value]) => (
                <td key={column} className="px-3 py-2 text-right tabular-nums">
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

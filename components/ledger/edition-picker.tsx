import { useTranslations } from "next-intl";

/** A plain GET form: the edition is in the URL, and it works without JavaScript. */
export function EditionPicker({ editions, current, action }: { editions: number[]; current: number; action: string }) {
  const t = useTranslations("ledger");
  const years = editions.includes(current) ? editions : [current, ...editions];
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-3">
      <div className="space-y-1">
        <label htmlFor="ledger-edition" className="block font-medium">
          {t("edition")}
        </label>
        <select id="ledger-edition" name="edition" defaultValue={current} className="block min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base">
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-medium text-white hover:bg-brand-900">
        {t("show")}
      </button>
    </form>
  );
}

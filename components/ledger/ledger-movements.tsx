import { useLocale, useTranslations } from "next-intl";
import type { LedgerMovement } from "@/lib/domain/bib-ledger";
import { formatDateTime } from "@/lib/format/dates";

/** Every movement of the ledger, oldest first, with who decided it and why (elite team only). */
export function LedgerMovements({ movements }: { movements: LedgerMovement[] }) {
  const t = useTranslations("ledger");
  const sexName = useTranslations("labels.sexName");
  const locale = useLocale();
  if (movements.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4">{t("noMovement")}</p>;
  return (
    <ol className="space-y-2">
      {movements.map((m, i) => (
        <li key={`${m.kind}-${m.requestId ?? "q"}-${i}`} className="rounded-lg border border-slate-200 bg-white p-3">
          <p className="font-medium">
            {t("movementLine", { movement: t(`movement.${m.kind}`), race: m.finalsRace, sex: sexName(m.sex), delta: m.delta > 0 ? `+${m.delta}` : String(m.delta) })}
          </p>
          <p className="text-sm text-slate-700">
            <time dateTime={m.at}>{formatDateTime(m.at, locale)}</time>
            {m.runnerName ? ` · ${m.runnerName}` : ""}
            {m.requestId ? (
              <>
                {" · "}
                <a href={`/elite/requests/${m.requestId}`} className="text-brand-700 underline">
                  {t("requestLink", { id: m.requestId })}
                </a>
              </>
            ) : null}
            {` · ${m.byName ? t("by", { name: m.byName }) : t("byPortal")}`}
          </p>
          {m.reason ? <p className="whitespace-pre-line break-words text-slate-800">{m.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}

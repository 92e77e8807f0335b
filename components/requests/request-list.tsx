import Link from "next/link";
import type { RequestHeader } from "@/lib/domain/requests";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format/dates";
import { describeRaces, statusBadgeClass } from "./labels";

/** What the list shows of each request. */
export interface RequestListItem extends Omit<RequestHeader, "decidedAt"> {
  documentCount: number;
}

export interface RequestListProps {
  requests: RequestListItem[];
}

/** The runner's requests, newest first, as a list of cards (no table: it must fit a 375 px screen). */
export function RequestList({ requests }: RequestListProps) {
  const t = useTranslations();
  const locale = useLocale();
  if (requests.length === 0) return <p className="text-slate-700">{t("requests.list.none")}</p>;
  return (
    <ul className="space-y-3">
      {requests.map((r) => {
        const races = describeRaces(r.fromFinalsRace, r.toFinalsRace);
        return (
          <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link href={`/requests/${r.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                {t("requests.list.title", { what: races ? `${t(`labels.requestType.${r.type}`)} · ${races}` : t(`labels.requestType.${r.type}`), year: r.editionYear })}
              </Link>
              <span className={statusBadgeClass(r.status)}>{t(`labels.requestStatus.${r.status}`)}</span>
            </div>
            <p className="text-sm text-slate-700">
              {t("requests.list.sent", { id: r.id, date: formatDateTime(r.submittedAt, locale), documents: r.documentCount })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format/dates";
import type { HistoryEntry } from "@/lib/domain/history";

function historyDocuments(details: Record<string, unknown> | null): string[] {
  const docs = details?.documents;
  return Array.isArray(docs) ? docs.filter((d): d is string => typeof d === "string") : [];
}

/** R17: every step of a request, oldest first: who (and in which role), when, what and why. */
export function RequestHistory({ history }: { history: HistoryEntry[] }) {
  const t = useTranslations();
  const locale = useLocale();
  // An action the shared labels do not know is shown as written.
  const action = (name: string) => {
    const key = `labels.historyAction.${name}` as "labels.historyAction.submitted";
    return t.has(key) ? t(key) : name.replaceAll("_", " ");
  };
  if (history.length === 0) return <p className="text-slate-700">{t("requests.history.none")}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
      {history.map((h) => {
        const docs = historyDocuments(h.details);
        return (
          <li key={h.id} className="space-y-1">
            <p className="text-sm text-slate-600">
              <time dateTime={h.createdAt.toISOString()}>{formatDateTime(h.createdAt, locale)}</time>
            </p>
            <p>
              {t("requests.history.entry", {
                actor: h.actorName ?? t("requests.history.portal"),
                role: h.actorRole && h.actorRole !== "runner" ? h.actorRole : "runner",
                action: action(h.action),
              })}
            </p>
            {h.reason && h.action !== "submitted" ? <p className="whitespace-pre-line break-words rounded-md bg-slate-50 px-3 py-2">{h.reason}</p> : null}
            {docs.length > 0 ? <p className="break-words text-sm text-slate-700">{t("requests.history.documents", { files: docs.join(", ") })}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

import { useLocale, useTranslations } from "next-intl";
import type { TopEliteStatus } from "@/lib/domain/top-elite";
import { formatDay } from "@/lib/format/dates";

/** R18: what makes the runner Top Elite (each threshold reached), or that nothing does yet. */
export function TopEliteFacts({ status }: { status: TopEliteStatus }) {
  const t = useTranslations("requests.topElite");
  const ordinal = useTranslations("labels");
  const locale = useLocale();
  return (
    <section aria-labelledby="top-elite-facts" className="space-y-2">
      <h2 id="top-elite-facts" className="font-semibold">
        {t("factsHeading")}
      </h2>
      {status.reached ? (
        <ul className="list-disc space-y-1 pl-5">
          {status.bases.map((b) => (
            <li key={`${b.kind}-${"category" in b ? b.category : "finalsRace" in b ? b.finalsRace : ""}`}>
              {b.kind === "general_index"
                ? t("generalIndex", { value: b.value, threshold: b.threshold })
                : b.kind === "category_index"
                  ? t("categoryIndex", { category: b.category, value: b.value, threshold: b.threshold })
                  : t("finalsPlace", { place: ordinal("ordinal", { n: b.place }), race: b.finalsRace, date: formatDay(b.date, locale), top: b.topPlaces })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("notReached")}</p>
      )}
    </section>
  );
}

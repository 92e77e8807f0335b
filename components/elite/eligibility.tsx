import { useLocale, useTranslations } from "next-intl";
import { formatDay } from "@/lib/format/dates";
import type { Eligibility, Refusal } from "@/lib/domain/requests";
import { refusalMessage } from "@/components/requests/refusal-text";

/** "+12", "−38", "—": a score's distance to its threshold. */
export function marginText(margin: number | null): string {
  if (margin === null) return "—";
  return margin >= 0 ? `+${margin}` : `−${Math.abs(margin)}`;
}

/**
 * R14-R16: why a request is not eligible, for the reviewer (the runner in the third person), in the page's
 * language. Race lists read "OCC or UTMB" / "OCC ou UTMB" (Intl's disjunction).
 */
export function useRefusalText(): (refusal: Refusal) => string {
  const t = useTranslations("eliteEligibility.refusal");
  const sex = useTranslations("labels.sex");
  const locale = useLocale();
  const or = (items: readonly string[]) => new Intl.ListFormat(locale, { type: "disjunction" }).format(items);
  return (refusal) => {
    const { key, values } = refusalMessage(refusal, { race: (race) => race, races: or, day: (iso) => formatDay(iso, locale), sex: (s) => sex(s) });
    return t(key, values as never);
  };
}

/** R14-R16 eligibility as a badge (text, not colour alone); `long` adds the rule's reason when not eligible. */
export function EligibilityBadge({ eligibility, long = false }: { eligibility: Eligibility; long?: boolean }) {
  const t = useTranslations("eliteEligibility");
  const refusalText = useRefusalText();
  if (eligibility.eligible) {
    return <span className="inline-flex rounded-full border border-green-300 bg-green-50 px-2 py-0.5 text-sm font-medium text-green-900">{t("eligible")}</span>;
  }
  return (
    <span className="inline-flex flex-wrap items-baseline gap-1">
      <span className="rounded-full border border-red-300 bg-red-50 px-2 py-0.5 text-sm font-medium text-red-900">{t("notEligible")}</span>
      <span className={long ? "text-sm font-normal text-slate-800" : "sr-only"}>{refusalText(eligibility.refusal)}</span>
    </span>
  );
}

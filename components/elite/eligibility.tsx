import { useLocale, useTranslations } from "next-intl";
import { refusalText } from "@/components/requests/refusal-text";
import type { Eligibility } from "@/lib/domain/requests";

/** "+12", "−38", "—": a score's distance to its threshold. */
export function marginText(margin: number | null): string {
  if (margin === null) return "—";
  return margin >= 0 ? `+${margin}` : `−${Math.abs(margin)}`;
}

/** R14-R16 eligibility as a badge (text, not colour alone); `long` adds the rule's reason when not eligible. */
export function EligibilityBadge({ eligibility, long = false }: { eligibility: Eligibility; long?: boolean }) {
  const refusals = useTranslations("refusals");
  const locale = useLocale();
  if (eligibility.eligible) {
    return <span className="inline-flex rounded-full border border-green-300 bg-green-50 px-2 py-0.5 text-sm font-medium text-green-900">Eligible</span>;
  }
  return (
    <span className="inline-flex flex-wrap items-baseline gap-1">
      <span className="rounded-full border border-red-300 bg-red-50 px-2 py-0.5 text-sm font-medium text-red-900">Not eligible</span>
      <span className={long ? "text-sm font-normal text-slate-800" : "sr-only"}>{refusalText(eligibility.refusal, refusals, locale)}</span>
    </span>
  );
}

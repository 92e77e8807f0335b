import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { RequestOptions } from "@/lib/domain/request-options";
import type { Eligibility } from "@/lib/domain/requests";
import { OpenRequestLink } from "./not-available";
import { refusalText } from "./refusal-text";

export interface NewRequestLinksProps {
  options: Pick<RequestOptions, "editionYear" | "categoryChange" | "priorityDeferral" | "extension" | "topElite">;
}

const CHOICES = [
  { key: "categoryChange", option: "categoryChange", href: "/requests/new/category-change" },
  { key: "priorityDeferral", option: "priorityDeferral", href: "/requests/new/priority-deferral" },
  { key: "extension", option: "extension", href: "/requests/new/extension" },
  { key: "topElite", option: "topElite", href: "/requests/new/top-elite" },
] as const;

/** One card per request type: a link when the runner may ask, else the reason why not (R14-R16, R18). */
export function NewRequestLinks({ options }: NewRequestLinksProps) {
  const t = useTranslations("requests.new");
  const refusals = useTranslations("refusals");
  const locale = useLocale();
  const year = options.editionYear;
  return (
    <section aria-labelledby="new-request-heading" className="space-y-3">
      <h2 id="new-request-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        {CHOICES.map(({ key, option, href }) => {
          const { eligibility, openRequestId }: { eligibility: Eligibility; openRequestId: number | null } = options[option];
          return (
            <li key={key} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">{t(`${key}.title`)}</h3>
              <p className="text-sm text-slate-700">{t(`${key}.description`, { year })}</p>
              <div className="mt-auto pt-2">
                {eligibility.eligible ? (
                  <Link
                    href={href}
                    className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-900"
                  >
                    {t(`${key}.ask`)}
                  </Link>
                ) : (
                  <div className="space-y-1">
                    <p className="text-sm text-slate-800">
                      <span className="font-medium">{t("notAvailable")} </span>
                      {refusalText(eligibility.refusal, refusals, locale)}
                    </p>
                    {openRequestId !== null ? <OpenRequestLink id={openRequestId} /> : null}
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

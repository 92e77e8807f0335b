import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CategoryChangeForm } from "@/components/requests/category-change-form";
import { NewRequestLayout, RequestTerms } from "@/components/requests/new-request-layout";
import { NotAvailable } from "@/components/requests/not-available";
import { refusalText } from "@/components/requests/refusal-text";
import { words, theRaces } from "@/lib/i18n/words";
import { loadRequestOptions } from "../load-request-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("requests.categoryChange"))("title") };
}
export const dynamic = "force-dynamic";

export default async function CategoryChangePage() {
  const { categoryChange, editionYear } = await loadRequestOptions("/requests/new/category-change");
  const [t, refusals, locale] = await Promise.all([getTranslations("requests.categoryChange"), getTranslations("refusals"), getLocale()]);
  const moves = categoryChange.options.flatMap((o) => o.targets.filter((x) => x.eligibility.eligible).map((x) => ({ from: o.from, to: x.target })));
  const refused = categoryChange.options.flatMap((o) =>
    o.targets.flatMap((x) =>
      x.eligibility.eligible ? [] : [{ key: `${o.from}-${x.target}`, text: t("refusedMove", { from: o.from, to: x.target, reason: refusalText(x.eligibility.refusal, refusals, locale) }) }],
    ),
  );
  const qualifiedFor = categoryChange.options.map((o) => o.from);
  return (
    <NewRequestLayout title={t("title")}>
      <RequestTerms id="change-terms" heading={t("termsHeading")}>
        <li>
          {qualifiedFor.length > 0
            ? t("qualifiedFor", { races: theRaces(words(locale), qualifiedFor, "and"), year: editionYear })
            : t("notQualified", { year: editionYear })}
        </li>
        <li>{t("adjacent")}</li>
        <li>{t("ageGroup")}</li>
        <li>{t("asSoon")}</li>
        <li>{t("documentsOptional")}</li>
      </RequestTerms>
      {refused.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {refused.map((r) => (
            <li key={r.key}>{r.text}</li>
          ))}
        </ul>
      ) : null}
      {categoryChange.eligibility.eligible && moves.length > 0 ? (
        <CategoryChangeForm moves={moves} />
      ) : (
        <NotAvailable
          reason={categoryChange.eligibility.eligible ? t("noMove") : refusalText(categoryChange.eligibility.refusal, refusals, locale)}
          openRequestId={categoryChange.openRequestId}
        />
      )}
    </NewRequestLayout>
  );
}

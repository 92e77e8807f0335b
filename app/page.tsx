import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { DEFAULT_PODIUM_PLACES } from "@/lib/domain/edition";

const STEPS = [
  { title: "step1Title", body: "step1Body" },
  { title: "step2Title", body: "step2Body" },
  { title: "step3Title", body: "step3Body" },
] as const;

export default async function HomePage() {
  const t = await getTranslations("home");
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{t("title")}</h1>
        <p className="max-w-2xl text-lg text-slate-700">{t("intro")}</p>
        <div className="flex flex-wrap gap-3">
          <Link
            href="/dashboard"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-medium text-white hover:bg-brand-900"
          >
            {t("openDashboard")}
          </Link>
          <Link
            href="#how-it-works"
            className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-5 font-medium hover:bg-slate-100"
          >
            {t("howItWorksLink")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="steps-heading" className="space-y-4">
        <h2 id="steps-heading" className="text-xl font-semibold">
          {t("stepsHeading")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {STEPS.map((step, i) => (
            <li key={step.title} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-sm font-semibold text-brand-700">{t("step", { number: i + 1 })}</p>
              <h3 className="mt-1 font-semibold">{t(step.title)}</h3>
              <p className="mt-2 text-slate-700">{t(step.body)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section id="how-it-works" aria-labelledby="rules-heading" className="space-y-3">
        <h2 id="rules-heading" className="text-xl font-semibold">
          {t("rulesHeading")}
        </h2>
        <ul className="list-disc space-y-2 pl-5 text-slate-700">
          <li>{t.rich("ruleRaces", { strong })}</li>
          <li>{t("ruleYear")}</li>
          <li>{t("rulePodium", { eventPlaces: DEFAULT_PODIUM_PLACES.event, majorPlaces: DEFAULT_PODIUM_PLACES.major })}</li>
          <li>{t("ruleScore")}</li>
          <li>{t("ruleAgeGroup")}</li>
        </ul>
      </section>
    </div>
  );
}

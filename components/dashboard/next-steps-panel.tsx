import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { NextStepView } from "./next-step-text";

/** The runner's next steps, first on the dashboard: one line each, with its date and the days left. */
export async function NextStepsPanel({ steps }: { steps: NextStepView[] }) {
  const t = await getTranslations("nextSteps");
  return (
    <section aria-labelledby="next-steps-heading" className="space-y-3 rounded-lg border-2 border-brand-700 bg-white p-4">
      <h2 id="next-steps-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {steps.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ol className="space-y-3">
          {steps.map((step) => (
            <li key={step.key} className="space-y-1 border-l-4 border-slate-300 pl-3">
              <p>{step.text}</p>
              {step.when || step.link ? (
                <p className="flex flex-wrap items-center gap-x-4 text-sm">
                  {step.when ? <span className={step.urgent ? "font-semibold text-red-800" : "text-slate-700"}>{step.when}</span> : null}
                  {step.link ? (
                    <Link href={step.link.href} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                      {step.link.label}
                    </Link>
                  ) : null}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

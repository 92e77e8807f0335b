"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { LOCALES } from "@/i18n/locales";
import { setLocaleAction, type SetLocaleState } from "@/lib/actions/preferences/set-locale";

/**
 * The header's language switch: one button per language, the current one pressed. A form posting to the
 * server action, so it works before JavaScript loads and keeps the page the visitor is on.
 */
export function LocaleSwitch() {
  const locale = useLocale();
  const t = useTranslations("localeSwitch");
  const [state, formAction, pending] = useActionState<SetLocaleState, FormData>(setLocaleAction, { status: "idle" });
  return (
    <form action={formAction} className="flex items-center">
      <div role="group" aria-label={t("label")} className="flex">
        {LOCALES.map((option) => (
          <button
            key={option}
            type="submit"
            name="locale"
            value={option}
            lang={option}
            aria-pressed={option === locale}
            disabled={pending}
            className={`inline-flex min-h-11 min-w-11 items-center justify-center px-2 text-sm font-semibold first:rounded-l-md last:rounded-r-md disabled:opacity-70 ${
              option === locale ? "bg-brand-700 text-white" : "border border-slate-300 text-slate-800 hover:bg-slate-100"
            }`}
          >
            {option.toUpperCase()}
            <span className="sr-only"> {t(option)}</span>
          </button>
        ))}
      </div>
      <p aria-live="polite" className="sr-only">
        {state.status === "error" ? state.message : null}
      </p>
    </form>
  );
}

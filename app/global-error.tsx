"use client";

import { createTranslator } from "next-intl";
import { LOCALES } from "@/i18n/locales";
import en from "@/messages/global-error/en.json";
import fr from "@/messages/global-error/fr.json";

// It replaces the root layout, provider included, when that layout itself fails: so it carries its own
// few words (not the whole message files) and says them in both languages.
const texts = { en, fr } as const;

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        {LOCALES.map((locale) => {
          const t = createTranslator({ locale, messages: texts[locale] });
          return (
            <section key={locale} lang={locale}>
              <h1>{t("title")}</h1>
              <p>
                {t("body")} {error.digest ? t("reference", { digest: error.digest }) : null}
              </p>
              <button type="button" onClick={reset} style={{ minHeight: 44, padding: "0 1rem" }}>
                {t("tryAgain")}
              </button>
            </section>
          );
        })}
      </body>
    </html>
  );
}

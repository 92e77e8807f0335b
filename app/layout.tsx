import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { IntlProvider } from "@/components/i18n/intl-provider";
import { SiteHeader } from "@/components/site-header";
import { inter } from "./fonts";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  return { title: { default: t("title"), template: t("titleTemplate") }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1e40af" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale} className={inter.variable}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <IntlProvider>
          <SiteHeader />
          {/* At least a screen tall: the footer starts below the fold, so content that grows after the first
              paint (a streamed part, the queue's next page) never pushes a visible footer down (a layout shift). */}
          <main id="main" className="mx-auto min-h-dvh w-full max-w-5xl px-4 py-6 sm:py-10">
            {children}
          </main>
        </IntlProvider>
        <footer className="mx-auto max-w-5xl px-4 pb-8 text-sm text-slate-600">{t("footer")}</footer>
      </body>
    </html>
  );
}

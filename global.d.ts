import type { Messages } from "./lib/i18n/messages";
import type { Locale } from "./i18n/locales";

// Typed message keys and locales for next-intl (useTranslations, getTranslations, createTranslator).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}

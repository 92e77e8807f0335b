import { getRequestConfig } from "next-intl/server";
import { isLocale } from "@/i18n/locales";
import { PORTAL_TIME_ZONE } from "@/lib/format/dates";
import { MESSAGES } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";

// next-intl without locale routing: the locale comes from the request (cookie, account, Accept-Language).
export default getRequestConfig(async ({ locale }) => {
  const chosen = isLocale(locale) ? locale : await requestLocale();
  return { locale: chosen, messages: MESSAGES[chosen], timeZone: PORTAL_TIME_ZONE };
});

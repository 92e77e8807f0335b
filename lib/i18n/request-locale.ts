import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/i18n/locales";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * The language of this request: the switch's cookie, else the signed-in account's saved choice (a new
 * device), else the browser's Accept-Language. Once per request; the session is read only when there is
 * no cookie, and getCurrentUser is itself cached (the header reads it anyway).
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const user = await getCurrentUser();
  if (user?.locale) return user.locale;
  return negotiateLocale((await headers()).get("accept-language"));
});

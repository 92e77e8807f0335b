"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { getCurrentUser } from "@/lib/auth/session";
import { setUserLocale } from "@/lib/data/user-locale";
import { env } from "@/lib/env";
import { msg } from "@/lib/i18n/keys";
import { translator } from "@/lib/i18n/messages";
import { localeSchema } from "@/lib/validations/locale";

export type SetLocaleState = FormState<"locale">;

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The header's language switch: remembered in the NEXT_LOCALE cookie (read by the server only, so
 * httpOnly) and, for a signed-in account, in its row, so its emails and other devices follow. Setting a
 * cookie in an action re-renders the page it was posted from: the visitor stays where they were.
 */
export const setLocaleAction = formAction("public", {
  name: "setLocale",
  fields: ["locale"],
  schema: localeSchema,
  invalid: msg("localeSwitch.invalid"),
  failure: msg("localeSwitch.failure"),
  async run({ locale }, { db }) {
    const user = await getCurrentUser();
    if (user) await setUserLocale(db, user.id, locale);
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: ONE_YEAR_SECONDS,
      sameSite: "lax",
      httpOnly: true,
      secure: env.APP_URL.startsWith("https://"),
    });
    return { ok: true, message: translator(locale)("localeSwitch.saved") };
  },
});

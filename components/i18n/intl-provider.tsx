import { NextIntlClientProvider, type Messages } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { PORTAL_TIME_ZONE } from "@/lib/format/dates";

/** What every page's client components may translate: the header's controls and the error boundaries. */
const BASE_NAMESPACES = ["header", "localeSwitch", "errors"] as const satisfies readonly (keyof Messages)[];

export interface IntlProviderProps {
  /** The namespaces this part's client components use, on top of the base ones (server components need none). */
  namespaces?: readonly (keyof Messages)[];
  children: ReactNode;
}

/**
 * The messages client components get: only the namespaces named here, not both whole files, so a page
 * ships just its own words. Each area's layout wraps its pages with its namespaces, e.g.
 * `<IntlProvider namespaces={["auth", "fields"]}>`; a nested provider replaces the outer one's messages,
 * hence the base namespaces in every one.
 */
export async function IntlProvider({ namespaces = [], children }: IntlProviderProps) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const picked = Object.fromEntries([...BASE_NAMESPACES, ...namespaces].map((namespace) => [namespace, messages[namespace]]));
  return (
    <NextIntlClientProvider locale={locale} messages={picked as Messages} timeZone={PORTAL_TIME_ZONE}>
      {children}
    </NextIntlClientProvider>
  );
}

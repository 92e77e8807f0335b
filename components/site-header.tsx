import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { NavigationPending } from "@/components/navigation-pending";
import { getCurrentUser } from "@/lib/auth/session";

/** A destination in the top bar: 44 px high, with a pending bar while its page is on its way. */
function HeaderLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="relative flex min-h-11 items-center px-2 font-medium text-slate-800 hover:text-brand-700">
      {children}
      <NavigationPending />
    </Link>
  );
}

/** The top bar: the portal's name, the main destinations, the account and the language, sized for thumbs (44 px targets). */
export async function SiteHeader() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("header")]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label={t("nav")} className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-2 px-4">
        <Link href="/" className="flex min-h-11 items-center py-2 pr-4 text-lg font-semibold text-brand-700">
          {t("home")}
        </Link>
        <div className="ml-auto flex flex-wrap items-center gap-x-2">
          {user ? (
            <>
              {user.role === "runner" ? (
                <>
                  <HeaderLink href="/dashboard">{t("dashboard")}</HeaderLink>
                  <HeaderLink href="/requests">{t("myRequests")}</HeaderLink>
                </>
              ) : null}
              {user.role === "elite" || user.role === "admin" ? (
                <>
                  <HeaderLink href="/elite">{t("reviewQueue")}</HeaderLink>
                  <HeaderLink href="/elite/quotas">{t("quotas")}</HeaderLink>
                </>
              ) : null}
              {user.role === "admin" ? (
                <>
                  <HeaderLink href="/admin/imports">{t("imports")}</HeaderLink>
                  <HeaderLink href="/admin/tokens">{t("apiTokens")}</HeaderLink>
                </>
              ) : null}
              <Link
                href="/notifications"
                aria-label={t("notifications", { count: user.unreadNotifications })}
                className="relative flex min-h-11 min-w-11 items-center justify-center px-2 text-slate-800 hover:text-brand-700"
              >
                <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
                  <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
                {user.unreadNotifications > 0 ? (
                  <span aria-hidden="true" className="absolute top-1 right-0 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold text-white">
                    {user.unreadNotifications > 99 ? "99+" : user.unreadNotifications}
                  </span>
                ) : null}
                <NavigationPending />
              </Link>
              <span className="max-w-48 truncate px-2 text-sm text-slate-600" title={user.email}>
                <span className="sr-only">{t("signedInAs")} </span>
                {user.name ?? user.email}
              </span>
              <SignOutButton />
            </>
          ) : (
            <HeaderLink href="/sign-in">{t("signIn")}</HeaderLink>
          )}
          <LocaleSwitch />
        </div>
      </nav>
    </header>
  );
}

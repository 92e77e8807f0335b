import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LocaleSwitch } from "@/components/i18n/locale-switch";
import { HeaderIcon, type HeaderIconName } from "@/components/header-icon";
import { NavigationPending } from "@/components/navigation-pending";
import { getCurrentUser } from "@/lib/auth/session";

/**
 * A destination in the top bar: 44 px high, with a pending bar while its page is on its way. With an icon,
 * a phone shows the icon alone (the words stay its accessible name), so a runner's bar fits one row.
 */
function HeaderLink({ href, icon, label, children }: { href: string; icon?: HeaderIconName; label?: string; children: ReactNode }) {
  return (
    <Link
      href={href}
      aria-label={label}
      className="relative flex min-h-11 min-w-11 items-center justify-center px-1.5 text-sm font-medium text-slate-800 hover:text-brand-700 sm:px-2 sm:text-base"
    >
      {icon ? (
        <>
          <HeaderIcon name={icon} className="h-6 w-6 sm:hidden" />
          <span className="sr-only sm:not-sr-only">{children}</span>
        </>
      ) : (
        children
      )}
      <NavigationPending />
    </Link>
  );
}

/**
 * The top bar: the portal's name, the main destinations, the notifications, the account and the language,
 * sized for thumbs (44 px targets). A runner's bar fits one row on a 375 px phone in both languages: there the
 * destinations and sign-out are icons, and the language switch offers the other language only.
 */
export async function SiteHeader() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("header")]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label={t("nav")} className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-1 px-3 sm:gap-x-2 sm:px-4">
        <Link href="/" className="flex min-h-11 min-w-11 items-center py-2 pr-2 text-base font-semibold text-brand-700 sm:pr-4 sm:text-lg">
          {/* A signed-in phone shows the mark alone, so the bar fits one row; the name stays the link's name. */}
          {user ? <HeaderIcon name="brand" className="h-7 w-7 sm:hidden" /> : null}
          <span className={user ? "sr-only sm:not-sr-only" : undefined}>{t("home")}</span>
        </Link>
        <div className="ml-auto flex flex-wrap items-center gap-x-1 sm:gap-x-2">
          {user ? (
            <>
              {user.role === "runner" ? (
                <>
                  <HeaderLink href="/dashboard" icon="dashboard">
                    {t("dashboard")}
                  </HeaderLink>
                  <HeaderLink href="/requests" icon="requests">
                    {t("myRequests")}
                  </HeaderLink>
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
                className="relative flex min-h-11 min-w-11 items-center justify-center px-1.5 text-slate-800 hover:text-brand-700"
              >
                <HeaderIcon name="bell" className="h-6 w-6" />
                {user.unreadNotifications > 0 ? (
                  <span aria-hidden="true" className="absolute top-1 right-0 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs font-semibold text-white">
                    {user.unreadNotifications > 99 ? "99+" : user.unreadNotifications}
                  </span>
                ) : null}
                <NavigationPending />
              </Link>
              <span className="hidden max-w-48 truncate px-2 text-sm text-slate-600 lg:inline" title={user.email}>
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

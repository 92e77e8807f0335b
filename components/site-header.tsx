import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavigationPending } from "@/components/navigation-pending";
import { getCurrentUser } from "@/lib/auth/session";

/** A destination in the top bar: 44 px high, with a pending bar while its page is on its way. */
function HeaderLink({ href, children, label }: { href: string; children: ReactNode; label?: string }) {
  return (
    <Link href={href} aria-label={label} className="relative flex min-h-11 items-center px-1.5 text-sm font-medium text-slate-800 hover:text-brand-700 sm:px-2 sm:text-base">
      {children}
      <NavigationPending />
    </Link>
  );
}

/**
 * The top bar: the portal's name, the main destinations and the account, sized for thumbs (44 px targets).
 * A runner's bar fits one row on a 375 px phone: smaller type and padding, the account name from sm up.
 */
export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-1 px-3 sm:gap-x-2 sm:px-4">
        <Link href="/" className="flex min-h-11 items-center py-2 pr-2 text-base font-semibold text-brand-700 sm:pr-4 sm:text-lg">
          Finals Portal
        </Link>
        <div className="ml-auto flex flex-wrap items-center gap-x-1 sm:gap-x-2">
          {user ? (
            <>
              {user.role === "runner" ? (
                <>
                  <HeaderLink href="/dashboard">Dashboard</HeaderLink>
                  <HeaderLink href="/requests" label="My requests">
                    <span className="hidden sm:inline">My&nbsp;</span>
                    <span className="capitalize sm:normal-case">requests</span>
                  </HeaderLink>
                </>
              ) : null}
              {user.role === "elite" || user.role === "admin" ? (
                <>
                  <HeaderLink href="/elite">Review queue</HeaderLink>
                  <HeaderLink href="/elite/quotas">Quotas</HeaderLink>
                </>
              ) : null}
              {user.role === "admin" ? (
                <>
                  <HeaderLink href="/admin/imports">Imports</HeaderLink>
                  <HeaderLink href="/admin/tokens">API tokens</HeaderLink>
                </>
              ) : null}
              <span className="hidden max-w-48 truncate px-2 text-sm text-slate-600 sm:inline" title={user.email}>
                <span className="sr-only">Signed in as </span>
                {user.name ?? user.email}
              </span>
              <SignOutButton />
            </>
          ) : (
            <HeaderLink href="/sign-in">Sign in</HeaderLink>
          )}
        </div>
      </nav>
    </header>
  );
}

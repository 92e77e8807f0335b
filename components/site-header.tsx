import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
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

/** The top bar: the portal's name, the main destinations and the account, sized for thumbs (44 px targets). */
export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-2 px-4">
        <Link href="/" className="flex min-h-11 items-center py-2 pr-4 text-lg font-semibold text-brand-700">
          Finals Portal
        </Link>
        <div className="ml-auto flex flex-wrap items-center gap-x-2">
          {user ? (
            <>
              {user.role === "runner" ? (
                <>
                  <HeaderLink href="/dashboard">Dashboard</HeaderLink>
                  <HeaderLink href="/requests">My requests</HeaderLink>
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
              <span className="max-w-48 truncate px-2 text-sm text-slate-600" title={user.email}>
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

import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavigationPending } from "@/components/navigation-pending";
import { getCurrentUser } from "@/lib/auth/session";

const linkClass = "relative flex min-h-11 items-center px-2 font-medium text-slate-800 hover:text-brand-700";

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
                  <Link href="/dashboard" className={linkClass}>
                    Dashboard
                    <NavigationPending />
                  </Link>
                  <Link href="/requests" className={linkClass}>
                    My requests
                    <NavigationPending />
                  </Link>
                </>
              ) : null}
              {user.role === "elite" || user.role === "admin" ? (
                <>
                  <Link href="/elite" className={linkClass}>
                    Review queue
                    <NavigationPending />
                  </Link>
                  <Link href="/elite/quotas" className={linkClass}>
                    Quotas
                    <NavigationPending />
                  </Link>
                </>
              ) : null}
              {user.role === "admin" ? (
                <>
                  <Link href="/admin/imports" className={linkClass}>
                    Imports
                    <NavigationPending />
                  </Link>
                  <Link href="/admin/tokens" className={linkClass}>
                    API tokens
                    <NavigationPending />
                  </Link>
                </>
              ) : null}
              <span className="max-w-48 truncate px-2 text-sm text-slate-600" title={user.email}>
                <span className="sr-only">Signed in as </span>
                {user.name ?? user.email}
              </span>
              <SignOutButton />
            </>
          ) : (
            <Link href="/sign-in" className={linkClass}>
              Sign in
              <NavigationPending />
            </Link>
          )}
        </div>
      </nav>
    </header>
  );
}

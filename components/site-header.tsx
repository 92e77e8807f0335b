import Link from "next/link";

/** The top bar: the portal's name and the main destinations, sized for thumbs (44 px targets). */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-2 px-4">
        <Link href="/" className="flex min-h-11 items-center py-2 pr-4 text-lg font-semibold text-brand-700">
          Finals Portal
        </Link>
      </nav>
    </header>
  );
}

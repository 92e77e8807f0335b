import Link from "next/link";

export interface BackLinkProps {
  href: string;
  /** Where the link leads, e.g. "My requests"; shown after a back arrow. */
  children: string;
}

/** The "← Somewhere" link at the top of a detail page, 44 px tall for touch. */
export function BackLink({ href, children }: BackLinkProps) {
  return (
    <p>
      <Link href={href} className="inline-flex min-h-11 items-center text-brand-700 underline">
        ← {children}
      </Link>
    </p>
  );
}

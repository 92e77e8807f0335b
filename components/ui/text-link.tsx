import Link from "next/link";
import type { ReactNode } from "react";

/** An in-text link, 44 px tall for touch. */
export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="inline-flex min-h-11 items-center text-brand-700 underline">
      {children}
    </Link>
  );
}

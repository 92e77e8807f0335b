"use client";

import { useLinkStatus } from "next/link";
import { useTranslations } from "next-intl";

/**
 * Inside a header link: while the page it opens is on its way, a bar under the link and a "Loading" status
 * for screen readers. The pages render in one pass (no loading.tsx): on a first load their content is in the
 * first paint, instead of a skeleton that React keeps for at least 300 ms; this is the feedback on a click.
 * The bar is absolutely placed, so it moves nothing.
 */
export function NavigationPending() {
  const { pending } = useLinkStatus();
  const t = useTranslations("header");
  if (!pending) return null;
  return (
    <>
      <span aria-hidden="true" className="absolute inset-x-2 bottom-1 h-0.5 animate-pulse rounded bg-brand-600" />
      <span role="status" className="sr-only">
        {t("loading")}
      </span>
    </>
  );
}

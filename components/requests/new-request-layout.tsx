import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { BackLink } from "@/components/ui/back-link";

export interface NewRequestLayoutProps {
  title: string;
  children: ReactNode;
}

/** The frame of every "new request" page: the way back to the runner's requests, then the title. */
export function NewRequestLayout({ title, children }: NewRequestLayoutProps) {
  const t = useTranslations("requests");
  return (
    <div className="max-w-2xl space-y-6">
      <BackLink href="/requests">{t("myRequests")}</BackLink>
      <h1 className="text-2xl font-bold sm:text-3xl">{title}</h1>
      {children}
    </div>
  );
}

export interface RequestTermsProps {
  /** Id of the heading, which names the section. */
  id: string;
  heading: string;
  /** The terms, as list items. */
  children: ReactNode;
}

/** The terms a runner accepts by filing a request, highlighted above the form. */
export function RequestTerms({ id, heading, children }: RequestTermsProps) {
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-slate-900">
      <h2 id={id} className="font-semibold">
        {heading}
      </h2>
      <ul className="list-disc space-y-1 pl-5">{children}</ul>
    </section>
  );
}

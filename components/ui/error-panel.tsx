"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

export interface ErrorBoundaryProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** The body of every error.tsx: says what failed, that nothing was lost, and offers a retry. */
export function ErrorPanel({ error, reset, title }: ErrorBoundaryProps & { title: string }) {
  const t = useTranslations("errors");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="space-y-4" role="alert">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p>
        {t("dataUnchanged")} {error.digest ? t("reference", { digest: error.digest }) : null}
      </p>
      <button
        type="button"
        onClick={reset}
        className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-900"
      >
        {t("tryAgain")}
      </button>
    </section>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

export interface ErrorSummaryProps {
  /** Changes with every answer, so a second refusal moves focus again. */
  answer: unknown;
  /** The form-level problem, if any. */
  message?: string | null | undefined;
  /** Fields in error: the field's label and the id of the control to jump to (the message is beside it). */
  fields: { label: string; target: string }[];
}

/**
 * After a refused submit, focus moves here: one place that says what went wrong, with a link to each
 * field in error (a keyboard or screen reader user is not left at the submit button).
 */
export function ErrorSummary({ answer, message, fields }: ErrorSummaryProps) {
  const t = useTranslations("requestForms.errorSummary");
  const ref = useRef<HTMLDivElement>(null);
  const shown = !!message || fields.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [answer, shown]);
  if (!shown) return <div aria-live="polite" />;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-heading"
      className="space-y-2 rounded-md border-2 border-red-700 bg-red-50 p-4 text-red-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-700"
    >
      <h2 id="error-summary-heading" className="font-semibold">
        {t("heading")}
      </h2>
      {message ? <p>{message}</p> : null}
      {fields.length > 0 ? (
        <>
          <p>{t("check", { count: fields.length })}</p>
          <ul className="list-disc space-y-1 pl-5">
            {fields.map((f) => (
              <li key={f.target}>
                <a href={`#${f.target}`} className="inline-flex min-h-11 items-center underline">
                  {f.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** The summary's field list from a form state's errors, in the form's order. */
export function summaryFields<Field extends string>(
  errors: Partial<Record<Field, string[]>> | undefined,
  order: readonly { field: Field; label: string; target: string }[],
): ErrorSummaryProps["fields"] {
  return order.flatMap(({ field, label, target }) => (errors?.[field]?.length ? [{ label, target }] : []));
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { startReviewsAction, type StartReviewsState } from "@/lib/actions/review/start-reviews";
import { FormMessage } from "@/components/ui/form-message";

export interface BulkStartFormProps {
  selected: number[];
  onDone: () => void;
}

/** R17: take every selected submitted request into review at once (one transaction, one audit entry each). */
export function BulkStartForm({ selected, onDone }: BulkStartFormProps) {
  const t = useTranslations("eliteQueue");
  const [state, formAction, pending] = useActionState<StartReviewsState, FormData>(startReviewsAction, { status: "idle" });
  useEffect(() => {
    if (state.status === "success") onDone();
  }, [state, onDone]);
  const n = selected.length;
  return (
    <form id="bulk-start-form" action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="requestIds" value={selected.join(",")} />
      <button
        type="submit"
        disabled={pending || n === 0}
        className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-900 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {pending ? t("starting") : t("bulkStart", { count: n })}
      </button>
      <FormMessage status={state.status} message={state.message ?? state.errors?.requestIds?.[0]} />
    </form>
  );
}

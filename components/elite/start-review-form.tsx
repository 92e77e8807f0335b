"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { startReviewAction, type StartReviewState } from "@/lib/actions/review/start-review";
import { FormMessage } from "@/components/ui/form-message";
import { REVIEW_QUEUE_KEY } from "@/components/providers/query-client";

/** R17: take a submitted request into review, so the team sees someone is on it. */
export function StartReviewForm({ requestId, submitted }: { requestId: number; submitted: boolean }) {
  const t = useTranslations("eliteDecision");
  const [state, formAction, pending] = useActionState<StartReviewState, FormData>(startReviewAction, { status: "idle" });
  const queryClient = useQueryClient();
  useEffect(() => {
    if (state.status === "success") void queryClient.invalidateQueries({ queryKey: REVIEW_QUEUE_KEY });
  }, [state, queryClient]);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      <FormMessage status={state.status} message={state.message} />
      {/* Mounted while the request is open, so the confirmation stays once the button has gone. */}
      {submitted ? (
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-4 font-medium hover:bg-slate-50 disabled:cursor-wait disabled:opacity-70 sm:w-auto"
        >
          {pending ? t("starting") : t("startReview")}
        </button>
      ) : null}
    </form>
  );
}

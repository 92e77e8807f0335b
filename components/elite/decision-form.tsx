"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useActionState, useEffect } from "react";
import { decideRequestAction, type DecideRequestState } from "@/lib/actions/review/decide-request";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { REVIEW_QUEUE_KEY } from "@/components/providers/query-client";
import { DECISION_REASON_MAX } from "@/lib/validations/limits";

export interface DecisionFormProps {
  requestId: number;
  /** Shown beside "Approve" for a change of category: what approving uses. */
  approveHint?: string;
}

/** R17: approve or reject with a reason the runner will read. The queue is refreshed after a decision. */
export function DecisionForm({ requestId, approveHint }: DecisionFormProps) {
  const [state, formAction, pending] = useActionState<DecideRequestState, FormData>(decideRequestAction, { status: "idle" });
  const queryClient = useQueryClient();
  useEffect(() => {
    if (state.status === "success") void queryClient.invalidateQueries({ queryKey: REVIEW_QUEUE_KEY });
  }, [state, queryClient]);

  const decisionError = state.errors?.decision;
  const reasonError = state.errors?.reason;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <FormMessage status={state.status} message={state.message} />
      <fieldset className="space-y-2" aria-describedby="decision-error" aria-invalid={decisionError ? true : undefined}>
        <legend className="font-medium">Decision</legend>
        <div className="flex min-h-11 items-center gap-3">
          <input
            id="decision-approve"
            type="radio"
            name="decision"
            value="approve"
            defaultChecked={state.values?.decision === "approve"}
            aria-describedby={approveHint ? "decision-approve-hint" : undefined}
            className="h-5 w-5"
          />
          <label htmlFor="decision-approve">Approve</label>
        </div>
        {approveHint ? (
          <p id="decision-approve-hint" className="pl-8 text-sm text-slate-600">
            {approveHint}
          </p>
        ) : null}
        <div className="flex min-h-11 items-center gap-3">
          <input
            id="decision-reject"
            type="radio"
            name="decision"
            value="reject"
            defaultChecked={state.values?.decision === "reject"}
            className="h-5 w-5"
          />
          <label htmlFor="decision-reject">Reject</label>
        </div>
        <div id="decision-error" aria-live="polite">
          {decisionError?.map((e) => (
            <p key={e} className="text-sm text-red-700">
              {e}
            </p>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="decision-reason" className="block font-medium">
          Reason for the decision
        </label>
        <p id="decision-reason-hint" className="text-sm text-slate-600">
          Required. The runner sees it with the decision.
        </p>
        <textarea
          id="decision-reason"
          name="reason"
          required
          rows={4}
          maxLength={DECISION_REASON_MAX}
          defaultValue={state.values?.reason}
          aria-describedby="decision-reason-hint decision-reason-error"
          aria-invalid={reasonError ? true : undefined}
          className={`block w-full rounded-md border bg-white px-3 py-2 text-base ${reasonError ? "border-red-700" : "border-slate-400"}`}
        />
        <div id="decision-reason-error" aria-live="polite">
          {reasonError?.map((e) => (
            <p key={e} className="text-sm text-red-700">
              {e}
            </p>
          ))}
        </div>
      </div>
      <SubmitButton pending={pending} pendingLabel="Saving the decision…">
        Record decision
      </SubmitButton>
    </form>
  );
}

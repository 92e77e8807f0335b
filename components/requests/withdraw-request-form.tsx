"use client";

import { useActionState } from "react";
import { withdrawRequest, type WithdrawRequestState } from "@/lib/actions/requests/withdraw-request";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";

export interface WithdrawRequestFormProps {
  requestId: number;
  /** False once the request is closed: only the outcome message stays, so the withdrawal is still announced. */
  open: boolean;
}

/** R17: withdrawing is final, so the button says so and the reason is optional. */
export function WithdrawRequestForm({ requestId, open }: WithdrawRequestFormProps) {
  const [state, formAction, pending] = useActionState<WithdrawRequestState, FormData>(withdrawRequest, { status: "idle" });
  if (!open) return <FormMessage status={state.status} message={state.status === "success" ? state.message : null} />;
  return (
    <section aria-labelledby="withdraw-heading" className="space-y-3">
      <h2 id="withdraw-heading" className="text-xl font-semibold">
        Withdraw the request
      </h2>
      <p className="text-slate-700">You can withdraw until the elite team decides. A withdrawal is final.</p>
      <form action={formAction} className="space-y-4" noValidate>
        <input type="hidden" name="requestId" value={requestId} />
        <FormMessage status={state.status} message={state.message} />
        <TextareaField
          id="withdraw-reason"
          name="reason"
          label="Why are you withdrawing? (optional)"
          rows={2}
          defaultValue={state.values?.reason}
          errors={state.errors?.reason}
        />
        <SubmitButton pending={pending} pendingLabel="Withdrawing…" tone="danger">
          Withdraw this request
        </SubmitButton>
      </form>
    </section>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { withdrawRequestAction, type WithdrawRequestState } from "@/lib/actions/requests/withdraw-request";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";

export interface WithdrawRequestFormProps {
  requestId: number;
  /** False once the request is closed: only the outcome message stays, so the withdrawal is still announced. */
  open: boolean;
}

/** R17: withdrawing is final, so it asks to confirm first; the reason is optional. */
export function WithdrawRequestForm({ requestId, open }: WithdrawRequestFormProps) {
  const t = useTranslations("requestForms.withdraw");
  const [state, formAction, pending] = useActionState<WithdrawRequestState, FormData>(withdrawRequestAction, { status: "idle" });
  const [confirming, setConfirming] = useState(false);
  const confirmation = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) confirmation.current?.focus();
  }, [confirming]);
  if (!open) return <FormMessage status={state.status} message={state.status === "success" ? state.message : null} />;
  return (
    <section aria-labelledby="withdraw-heading" className="space-y-3">
      <h2 id="withdraw-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="text-slate-700">{t("intro")}</p>
      <form action={formAction} className="space-y-4" noValidate>
        <input type="hidden" name="requestId" value={requestId} />
        <FormMessage status={state.status} message={state.message} />
        <TextareaField
          id="withdraw-reason"
          name="reason"
          label={t("reason")}
          rows={2}
          defaultValue={state.values?.reason}
          errors={state.errors?.reason}
        />
        {confirming ? (
          <div className="space-y-3 rounded-md border border-red-300 bg-red-50 p-3">
            <p ref={confirmation} tabIndex={-1} className="font-medium text-red-900 focus:outline-none">
              {t("confirm", { id: requestId })}
            </p>
            <div className="flex flex-col gap-2 sm:flex-row">
              <SubmitButton pending={pending} pendingLabel={t("withdrawing")} tone="danger">
                {t("yes")}
              </SubmitButton>
              <button
                type="button"
                onClick={() => setConfirming(false)}
                className="inline-flex min-h-11 w-full items-center justify-center rounded-md border border-slate-400 bg-white px-5 font-medium sm:w-auto"
              >
                {t("keep")}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className="inline-flex min-h-11 w-full items-center justify-center rounded-md border border-red-700 bg-white px-5 font-medium text-red-800 hover:bg-red-50 sm:w-auto"
          >
            {t("withdraw")}
          </button>
        )}
      </form>
    </section>
  );
}

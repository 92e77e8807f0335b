"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { decideRequestAction, type DecideRequestState } from "@/lib/actions/review/decide-request";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { REVIEW_QUEUE_KEY } from "@/components/providers/query-client";
import { DECISION_REASON_MAX } from "@/lib/validations/limits";
import type { ReasonTemplate } from "./reason-templates";

export interface DecisionFormProps {
  requestId: number;
  /** Shown beside "Approve" for a change of category: what approving uses. */
  approveHint?: string;
  templates: ReasonTemplate[];
  /** The queue's search params the reviewer came from ("decide and open next" keeps them). */
  queue: string;
}

function ErrorList({ id, errors }: { id: string; errors: string[] | undefined }) {
  return (
    <div id={id} aria-live="polite">
      {errors?.map((e) => (
        <p key={e} className="text-sm text-red-700">
          {e}
        </p>
      ))}
    </div>
  );
}

/** R17: approve or reject with a reason the runner will read, from a template or not. The queue is refreshed after a decision. */
export function DecisionForm({ requestId, approveHint, templates, queue }: DecisionFormProps) {
  const t = useTranslations("eliteDecision");
  const [state, formAction, pending] = useActionState<DecideRequestState, FormData>(decideRequestAction, { status: "idle" });
  const queryClient = useQueryClient();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") void queryClient.invalidateQueries({ queryKey: REVIEW_QUEUE_KEY });
  }, [state, queryClient]);

  function applyTemplate(id: string) {
    const template = templates.find((t) => t.id === id);
    if (!template || !reasonRef.current || !formRef.current) return;
    reasonRef.current.value = template.text;
    const radio = formRef.current.querySelector<HTMLInputElement>(`input[name="decision"][value="${template.decision}"]`);
    if (radio) radio.checked = true;
  }

  const decisionError = state.errors?.decision;
  const reasonError = state.errors?.reason;
  return (
    <form ref={formRef} action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="queue" value={queue} />
      <FormMessage status={state.status} message={state.message} />
      <fieldset className="space-y-2" aria-describedby="decision-error" aria-invalid={decisionError ? true : undefined}>
        <legend className="font-medium">{t("decision")}</legend>
        <div className="flex min-h-11 items-center gap-3">
          <input id="decision-approve" type="radio" name="decision" value="approve" defaultChecked={state.values?.decision === "approve"} aria-describedby={approveHint ? "decision-approve-hint" : undefined} className="h-5 w-5" />
          <label htmlFor="decision-approve">{t("approve")}</label>
        </div>
        {approveHint ? (
          <p id="decision-approve-hint" className="pl-8 text-sm text-slate-600">
            {approveHint}
          </p>
        ) : null}
        <div className="flex min-h-11 items-center gap-3">
          <input id="decision-reject" type="radio" name="decision" value="reject" defaultChecked={state.values?.decision === "reject"} className="h-5 w-5" />
          <label htmlFor="decision-reject">{t("reject")}</label>
        </div>
        <ErrorList id="decision-error" errors={decisionError} />
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="decision-template" className="block font-medium">
          {t("template")}
        </label>
        <select id="decision-template" defaultValue="" onChange={(e) => applyTemplate(e.target.value)} className="block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base">
          <option value="">{t("noTemplate")}</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="decision-reason" className="block font-medium">
          {t("reason")}
        </label>
        <p id="decision-reason-hint" className="text-sm text-slate-600">
          {t("reasonHint")}
        </p>
        <textarea
          ref={reasonRef}
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
        <ErrorList id="decision-reason-error" errors={reasonError} />
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel={t("recording")} name="then" value="stay">
          {t("record")}
        </SubmitButton>
        <SubmitButton pending={pending} pendingLabel={t("saving")} name="then" value="next">
          {t("decideNext")}
        </SubmitButton>
      </div>
    </form>
  );
}

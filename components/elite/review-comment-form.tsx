"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { commentOnRequestAction, type CommentOnRequestState } from "@/lib/actions/review/comment-on-request";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";

export interface ReviewCommentFormProps {
  requestId: number;
}

/** R17: the elite team's comment on an open request, for the runner (who is told); it decides nothing. */
export function ReviewCommentForm({ requestId }: ReviewCommentFormProps) {
  const t = useTranslations("reviewComment");
  const [state, formAction, pending] = useActionState<CommentOnRequestState, FormData>(commentOnRequestAction, { status: "idle" });
  return (
    <section aria-labelledby="review-comment-heading" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id="review-comment-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <form action={formAction} className="space-y-4" noValidate>
        <input type="hidden" name="requestId" value={requestId} />
        <FormMessage status={state.status} message={state.message ?? state.errors?.requestId?.[0]} />
        <TextareaField
          id="review-comment"
          name="comment"
          label={t("label")}
          hint={t("hint")}
          rows={3}
          required
          defaultValue={state.status === "error" ? state.values?.comment : ""}
          errors={state.errors?.comment}
        />
        <SubmitButton pending={pending} pendingLabel={t("pending")}>
          {t("submit")}
        </SubmitButton>
      </form>
    </section>
  );
}

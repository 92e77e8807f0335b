"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addRequestCommentAction, type AddRequestCommentState } from "@/lib/actions/requests/add-request-comment";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";

export interface RequestCommentFormProps {
  requestId: number;
}

export function RequestCommentForm({ requestId }: RequestCommentFormProps) {
  const t = useTranslations("requestForms.comment");
  const [state, formAction, pending] = useActionState<AddRequestCommentState, FormData>(addRequestCommentAction, { status: "idle" });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <FormMessage status={state.status} message={state.message} />
      <TextareaField
        id="request-comment"
        name="comment"
        label={t("label")}
        hint={t("hint")}
        rows={3}
        required
        defaultValue={state.status === "error" ? state.values?.comment : ""}
        errors={state.errors?.comment}
      />
      <SubmitButton pending={pending} pendingLabel={t("adding")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

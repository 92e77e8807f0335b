"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";

type CommentState = FormState<"requestId" | "comment">;

export interface CommentFormProps {
  requestId: number;
  /** The server action that adds the comment (the runner's, or the elite team's). */
  action: (previous: CommentState, formData: FormData) => Promise<CommentState>;
  /** The field's id on the page. */
  fieldId: string;
  words: { label: string; hint: string; pending: string; submit: string };
}

/** R17: a comment on an open request, which joins its history; the field is emptied once it is added. */
export function CommentForm({ requestId, action, fieldId, words }: CommentFormProps) {
  const [state, formAction, pending] = useActionState<CommentState, FormData>(action, { status: "idle" });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <FormMessage status={state.status} message={state.message ?? state.errors?.requestId?.[0]} />
      <TextareaField
        id={fieldId}
        name="comment"
        label={words.label}
        hint={words.hint}
        rows={3}
        required
        defaultValue={state.status === "error" ? state.values?.comment : ""}
        errors={state.errors?.comment}
      />
      <SubmitButton pending={pending} pendingLabel={words.pending}>
        {words.submit}
      </SubmitButton>
    </form>
  );
}

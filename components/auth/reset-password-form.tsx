"use client";

import { useActionState } from "react";
import { resetPassword, type ResetPasswordState } from "@/lib/actions/auth/reset-password";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export interface ResetPasswordFormProps {
  token: string;
  passwordMinLength: number;
}

export function ResetPasswordForm({ token, passwordMinLength }: ResetPasswordFormProps) {
  const [state, formAction, pending] = useActionState<ResetPasswordState, FormData>(resetPassword, { status: "idle" });
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage status={state.status} message={state.message ?? state.errors?.token?.[0]} />
      <FormField
        id="reset-password"
        name="password"
        type="password"
        label="New password"
        hint={`At least ${passwordMinLength} characters.`}
        autoComplete="new-password"
        minLength={passwordMinLength}
        required
        errors={state.errors?.password}
      />
      <FormField
        id="reset-confirm-password"
        name="confirmPassword"
        type="password"
        label="Confirm new password"
        autoComplete="new-password"
        required
        errors={state.errors?.confirmPassword}
      />
      <SubmitButton pending={pending} pendingLabel="Saving…">
        Save new password
      </SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { resetPasswordAction, type ResetPasswordState } from "@/lib/actions/auth/reset-password";
import { NewPasswordFields } from "@/components/auth/account-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export interface ResetPasswordFormProps {
  token: string;
  passwordMinLength: number;
}

export function ResetPasswordForm({ token, passwordMinLength }: ResetPasswordFormProps) {
  const [state, formAction, pending] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, { status: "idle" });
  const t = useTranslations("auth.reset");
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage status={state.status} message={state.message ?? state.errors?.token?.[0]} />
      <NewPasswordFields idPrefix="reset" kind="newPassword" minLength={passwordMinLength} errors={state.errors} />
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { requestPasswordResetAction, type ForgotPasswordState } from "@/lib/actions/auth/request-password-reset";
import { EmailField } from "@/components/auth/account-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function ForgotPasswordForm() {
  const t = useTranslations("auth.forgot");
  const [state, formAction, pending] = useActionState<ForgotPasswordState, FormData>(requestPasswordResetAction, {
    status: "idle",
  });
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <EmailField id="forgot-email" defaultValue={state.values?.email} errors={state.errors?.email} />
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { linkRunnerAccountAction, type AdminLinkRunnerState } from "@/lib/actions/admin/link-runner-account";
import { EmailField, ExternalIdField } from "@/components/auth/account-fields";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function LinkRunnerAccountForm() {
  const [state, formAction, pending] = useActionState<AdminLinkRunnerState, FormData>(linkRunnerAccountAction, {
    status: "idle",
  });
  const t = useTranslations("admin.link");
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <EmailField
        id="admin-link-email"
        label={t("email")}
        autoComplete="off"
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <ExternalIdField
        id="admin-link-external-id"
        hint={t("runnerIdHint")}
        defaultValue={state.values?.externalId}
        errors={state.errors?.externalId}
      />
      <FormField
        id="admin-link-reason"
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        autoComplete="off"
        defaultValue={state.values?.reason}
        errors={state.errors?.reason}
      />
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

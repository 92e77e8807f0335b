"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { linkRunnerAction, type LinkRunnerState } from "@/lib/actions/auth/link-runner";
import { ExternalIdField } from "@/components/auth/account-fields";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export interface LinkRunnerFormProps {
  defaultName?: string | undefined;
}

export function LinkRunnerForm({ defaultName }: LinkRunnerFormProps) {
  const [state, formAction, pending] = useActionState<LinkRunnerState, FormData>(linkRunnerAction, { status: "idle" });
  const t = useTranslations("auth.link");
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <ExternalIdField
        id="link-external-id"
        hint={t("runnerIdHint")}
        defaultValue={state.values?.externalId}
        errors={state.errors?.externalId}
      />
      <FormField
        id="link-name"
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        defaultValue={state.values?.name ?? defaultName}
        errors={state.errors?.name}
      />
      <FormField
        id="link-birth-year"
        name="birthYear"
        label={t("birthYear")}
        hint={t("birthYearHint")}
        inputMode="numeric"
        autoComplete="bday-year"
        maxLength={4}
        required
        defaultValue={state.values?.birthYear}
        errors={state.errors?.birthYear}
      />
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

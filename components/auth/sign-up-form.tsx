"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createAccountAction, type SignUpState } from "@/lib/actions/auth/create-account";
import { EmailField, NewPasswordFields } from "@/components/auth/account-fields";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";

export interface SignUpFormProps {
  passwordMinLength: number;
}

export function SignUpForm({ passwordMinLength }: SignUpFormProps) {
  const [state, formAction, pending] = useActionState<SignUpState, FormData>(createAccountAction, { status: "idle" });
  const t = useTranslations("auth.signUp");
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <FormField
        id="sign-up-name"
        name="name"
        label={t("name")}
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        errors={state.errors?.name}
      />
      <EmailField id="sign-up-email" defaultValue={state.values?.email} errors={state.errors?.email} />
      <NewPasswordFields idPrefix="sign-up" kind="password" minLength={passwordMinLength} errors={state.errors} />
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
      <p>
        {t("haveAccount")}{" "}
        <TextLink href="/sign-in">
          {t("signIn")}
        </TextLink>
      </p>
    </form>
  );
}

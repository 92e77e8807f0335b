"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/actions/auth/sign-in-user";
import { EmailField } from "@/components/auth/account-fields";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";

export interface SignInFormProps {
  callbackUrl?: string | undefined;
}

export function SignInForm({ callbackUrl }: SignInFormProps) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { status: "idle" });
  const t = useTranslations("auth.signIn");
  const fields = useTranslations("fields");
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormMessage status={state.status} message={state.message} />
      <EmailField id="sign-in-email" defaultValue={state.values?.email} errors={state.errors?.email} />
      <FormField
        id="sign-in-password"
        name="password"
        type="password"
        label={fields("password")}
        autoComplete="current-password"
        required
        errors={state.errors?.password}
      />
      <SubmitButton pending={pending} pendingLabel={t("pending")}>
        {t("submit")}
      </SubmitButton>
      <p className="flex flex-wrap gap-x-4">
        <TextLink href="/forgot-password">
          {t("forgot")}
        </TextLink>
        <TextLink href="/sign-up">
          {t("createAccount")}
        </TextLink>
      </p>
    </form>
  );
}

"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInUser, type SignInState } from "@/lib/actions/auth/sign-in-user";
import { EmailField } from "@/components/auth/account-fields";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export interface SignInFormProps {
  callbackUrl?: string | undefined;
}

export function SignInForm({ callbackUrl }: SignInFormProps) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInUser, { status: "idle" });
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <FormMessage status={state.status} message={state.message} />
      <EmailField id="sign-in-email" defaultValue={state.values?.email} errors={state.errors?.email} />
      <FormField
        id="sign-in-password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        required
        errors={state.errors?.password}
      />
      <SubmitButton pending={pending} pendingLabel="Signing in…">
        Sign in
      </SubmitButton>
      <p className="flex flex-wrap gap-x-4">
        <Link href="/forgot-password" className="inline-flex min-h-11 items-center text-brand-700 underline">
          Forgot your password?
        </Link>
        <Link href="/sign-up" className="inline-flex min-h-11 items-center text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}

"use client";

import Link from "next/link";
import { useActionState } from "react";
import { createAccount, type SignUpState } from "@/lib/actions/auth/create-account";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export interface SignUpFormProps {
  passwordMinLength: number;
}

export function SignUpForm({ passwordMinLength }: SignUpFormProps) {
  const [state, formAction, pending] = useActionState<SignUpState, FormData>(createAccount, { status: "idle" });
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <FormField
        id="sign-up-name"
        name="name"
        label="Your name"
        autoComplete="name"
        required
        defaultValue={state.values?.name}
        errors={state.errors?.name}
      />
      <FormField
        id="sign-up-email"
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        errors={state.errors?.email}
      />
      <FormField
        id="sign-up-password"
        name="password"
        type="password"
        label="Password"
        hint={`At least ${passwordMinLength} characters.`}
        autoComplete="new-password"
        minLength={passwordMinLength}
        required
        errors={state.errors?.password}
      />
      <FormField
        id="sign-up-confirm-password"
        name="confirmPassword"
        type="password"
        label="Confirm password"
        autoComplete="new-password"
        required
        errors={state.errors?.confirmPassword}
      />
      <SubmitButton pending={pending} pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
      <p>
        Already have an account?{" "}
        <Link href="/sign-in" className="inline-flex min-h-11 items-center text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}

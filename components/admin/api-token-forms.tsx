"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { createApiTokenAction, type CreateApiTokenState } from "@/lib/actions/admin/create-api-token";
import { revokeApiTokenAction } from "@/lib/actions/admin/revoke-api-token";
import type { FormState } from "@/lib/actions/form-state";
import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function CreateApiTokenForm() {
  const [state, formAction, pending] = useActionState<CreateApiTokenState, FormData>(createApiTokenAction, { status: "idle" });
  const t = useTranslations("admin.tokens");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      {state.token ? (
        <div className="space-y-1">
          <label htmlFor="new-api-token" className="block font-medium">
            {t("newToken")}
          </label>
          <input id="new-api-token" readOnly value={state.token} className="block min-h-11 w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <FormField id="api-token-name" name="name" label={t("provider")} hint={t("providerHint")} autoComplete="off" required defaultValue={state.values?.name} errors={state.errors?.name} />
      <SubmitButton pending={pending} pendingLabel={t("creating")}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}

/** Revoking cuts off every client using the token at once, so it asks to confirm first. */
export function RevokeApiTokenButton({ id, name }: { id: number; name: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(revokeApiTokenAction, { status: "idle" });
  const t = useTranslations("admin.tokens");
  const [confirming, setConfirming] = useState(false);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      {confirming ? (
        <>
          <span className="text-sm font-medium text-red-900">{t("confirmRevoke", { name })}</span>
          <button type="submit" disabled={pending} className="min-h-11 rounded-md border border-red-700 px-3 text-red-800 hover:bg-red-50 disabled:opacity-70">
            {pending ? t("revoking") : t("confirmYes")}
          </button>
          <button type="button" onClick={() => setConfirming(false)} className="min-h-11 rounded-md border border-slate-400 px-3">
            {t("cancel")}
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} className="min-h-11 rounded-md border border-red-700 px-3 text-red-800 hover:bg-red-50">
          {t("revoke")}
          <span className="sr-only"> {t("revokeName", { name })}</span>
        </button>
      )}
      <span aria-live="polite" className="text-sm">
        {state.status === "error" ? state.message : null}
      </span>
    </form>
  );
}

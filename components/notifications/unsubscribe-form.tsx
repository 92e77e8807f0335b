"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { unsubscribeFromEmailsAction, type UnsubscribeState } from "@/lib/actions/notifications/unsubscribe-from-emails";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** A button, not the link itself: mail scanners open links, and must not unsubscribe anyone. */
export function UnsubscribeForm({ token, what }: { token: string; what: string }) {
  const t = useTranslations("notifications.unsubscribe");
  const [state, action, pending] = useActionState<UnsubscribeState, FormData>(unsubscribeFromEmailsAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage status={state.status} message={state.message} />
      {state.status === "success" ? null : (
        <SubmitButton pending={pending} pendingLabel={t("pending")}>
          {t("button", { kind: what })}
        </SubmitButton>
      )}
    </form>
  );
}

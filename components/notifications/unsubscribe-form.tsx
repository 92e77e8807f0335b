"use client";

import { useActionState } from "react";
import { unsubscribeFromEmails, type UnsubscribeState } from "@/lib/actions/notifications/unsubscribe-from-emails";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

/** A button, not the link itself: mail scanners open links, and must not unsubscribe anyone. */
export function UnsubscribeForm({ token, what }: { token: string; what: string }) {
  const [state, action, pending] = useActionState<UnsubscribeState, FormData>(unsubscribeFromEmails, { status: "idle" });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage status={state.status} message={state.message} />
      {state.status === "success" ? null : (
        <SubmitButton pending={pending} pendingLabel="Saving…">
          Stop emails about {what}
        </SubmitButton>
      )}
    </form>
  );
}

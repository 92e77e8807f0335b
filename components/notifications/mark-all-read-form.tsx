"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { markAllNotificationsReadAction, type MarkNotificationsReadState } from "@/lib/actions/notifications/mark-notifications-read";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export function MarkAllReadForm() {
  const t = useTranslations("notifications");
  const [state, action, pending] = useActionState<MarkNotificationsReadState, FormData>(markAllNotificationsReadAction, { status: "idle" });
  return (
    <form action={action} className="space-y-2">
      <FormMessage status={state.status} message={state.message} />
      <SubmitButton pending={pending} pendingLabel={t("marking")}>
        {t("markAllRead")}
      </SubmitButton>
    </form>
  );
}

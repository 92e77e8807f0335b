"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { optOutOfEmails } from "@/lib/data/notifications";
import { env } from "@/lib/env";
import { msg } from "@/lib/i18n/keys";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { unsubscribeSchema } from "@/lib/validations/notifications";

export type UnsubscribeState = FormState<"token">;

/** The unsubscribe link's button: the token is the credential (no sign-in needed, as in any email). */
export const unsubscribeFromEmailsAction = formAction("public", {
  name: "unsubscribeFromEmails",
  fields: ["token"],
  schema: unsubscribeSchema,
  invalid: msg("notifications.unsubscribe.invalid"),
  failure: msg("notifications.unsubscribe.failure"),
  async run({ token }, { db, t }) {
    const named = readUnsubscribeToken(env.AUTH_SECRET ?? "", token);
    if (!named) return { ok: false, message: t("notifications.unsubscribe.invalid") };
    await optOutOfEmails(db, named.userId, named.kind);
    return { ok: true, message: t("notifications.unsubscribe.done", { kind: t(`notifications.kind.${named.kind}`) }) };
  },
});

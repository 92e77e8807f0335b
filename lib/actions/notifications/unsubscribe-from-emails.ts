"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { optOutOfEmails } from "@/lib/data/notifications";
import { env } from "@/lib/env";
import { NOTIFICATION_KIND_LABEL } from "@/lib/notifications/messages";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { unsubscribeSchema } from "@/lib/validations/notifications";

export type UnsubscribeState = FormState<"token">;

const INVALID = "This unsubscribe link is not valid. Open the link of the email again, or turn emails off from your notifications page.";

/** The unsubscribe link's button: the token is the credential (no sign-in needed, as in any email). */
export const unsubscribeFromEmails = formAction("public", {
  name: "unsubscribeFromEmails",
  fields: ["token"],
  schema: unsubscribeSchema,
  invalid: INVALID,
  failure: "We could not save this. Please try again in a moment.",
  async run({ token }, { db }) {
    const named = readUnsubscribeToken(env.AUTH_SECRET ?? "", token);
    if (!named) return { ok: false, message: INVALID };
    await optOutOfEmails(db, named.userId, named.kind);
    return { ok: true, message: `Done: no more emails about ${NOTIFICATION_KIND_LABEL[named.kind]}. They stay on your notifications page.` };
  },
});

"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { markNotificationsRead } from "@/lib/data/notifications";
import { msg } from "@/lib/i18n/keys";
import { markNotificationsReadSchema } from "@/lib/validations/notifications";

export type MarkNotificationsReadState = FormState<never>;

/** Marks every notification of the signed-in person read (the header's count goes to zero). */
export const markAllNotificationsReadAction = formAction(["runner", "elite", "admin"], {
  name: "markAllNotificationsRead",
  fields: [],
  schema: markNotificationsReadSchema,
  failure: msg("notifications.markFailure"),
  async run(_input, { db, user, t }) {
    const marked = await markNotificationsRead(db, user.id, new Date());
    return { ok: true, message: t("notifications.markedRead", { count: marked }), revalidate: ["/notifications"] };
  },
});

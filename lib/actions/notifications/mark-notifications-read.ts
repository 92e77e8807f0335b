"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { markNotificationsRead } from "@/lib/data/notifications";
import { markNotificationsReadSchema } from "@/lib/validations/notifications";

export type MarkNotificationsReadState = FormState<never>;

/** Marks every notification of the signed-in person read (the header's count goes to zero). */
export const markAllNotificationsRead = formAction(["runner", "elite", "admin"], {
  name: "markAllNotificationsRead",
  fields: [],
  schema: markNotificationsReadSchema,
  failure: "Your notifications could not be updated. Please try again in a moment.",
  async run(_input, { db, user }) {
    const marked = await markNotificationsRead(db, user.id, new Date());
    return { ok: true, message: marked === 0 ? "Nothing was unread." : `${marked} marked as read.`, revalidate: ["/notifications"] };
  },
});

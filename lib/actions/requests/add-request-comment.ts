"use server";

import { formAction } from "@/lib/actions/form-action";
import { msg } from "@/lib/i18n/keys";
import type { FormState } from "@/lib/actions/form-state";
import { addRequestComment as addComment } from "@/lib/data/request-writes";
import { requestCommentSchema, type RequestCommentField } from "@/lib/validations/requests";
import { requestChangeRefusal } from "./request-change-refusal";

export type AddRequestCommentState = FormState<RequestCommentField>;

/** R17: the owner adds a comment to an open request; it joins the request's history. */
export const addRequestCommentAction = formAction(["runner"], {
  name: "addRequestComment",
  fields: ["requestId", "comment"],
  keep: ["comment"],
  schema: requestCommentSchema,
  failure: msg("requestActions.commentFailed"),
  async run({ requestId, comment }, { db, user, t }) {
    if (user.runnerId === null) return { ok: false, message: requestChangeRefusal({ error: "runner-not-found" }, "comment", t) };
    const result = await addComment(db, { userId: user.id, runnerId: user.runnerId }, { requestId, comment });
    if (!result.ok) return { ok: false, message: requestChangeRefusal(result, "comment", t) };
    return { ok: true, message: t("requestActions.commented"), revalidate: [`/requests/${requestId}`] };
  },
});

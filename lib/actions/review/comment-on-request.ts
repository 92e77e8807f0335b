"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { commentOnRequest } from "@/lib/data/review-comments";
import { msg } from "@/lib/i18n/keys";
import { scheduleNotificationDelivery } from "@/lib/notifications/deliver";
import { reviewCommentSchema, type ReviewCommentField } from "@/lib/validations/review-comment";

export type CommentOnRequestState = FormState<ReviewCommentField>;

/** R17: the elite team comments on an open request; it joins the request's history and the runner is told. */
export const commentOnRequestAction = formAction(["elite", "admin"], {
  name: "commentOnRequest",
  fields: ["requestId", "comment"],
  keep: ["comment"],
  schema: reviewCommentSchema,
  failure: msg("reviewComment.failure"),
  async run({ requestId, comment }, { db, user, t }) {
    const result = await commentOnRequest(db, user, { requestId, comment });
    if (!result.ok) {
      if (result.error === "not-open") return { ok: false, message: t("reviewComment.closed", { status: result.status }) };
      return { ok: false, message: t(result.error === "forbidden" ? "actions.forbidden" : "reviewComment.unknownRequest") };
    }
    scheduleNotificationDelivery(); // the runner's email, after the commit
    return { ok: true, message: t("reviewComment.added"), revalidate: [`/elite/requests/${requestId}`, `/requests/${requestId}`] };
  },
});

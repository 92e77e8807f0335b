"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { startReview } from "@/lib/data/review-decisions";
import { msg } from "@/lib/i18n/keys";
import { startReviewSchema } from "@/lib/validations/review";
import { reviewFailureText } from "./review-failure-text";

export type StartReviewState = FormState<"requestId">;

/** R17: a reviewer takes a submitted request into review (audited). */
export const startReviewAction = formAction(["elite", "admin"], {
  name: "startReviewAction",
  fields: ["requestId"],
  schema: startReviewSchema,
  invalid: msg("eliteActions.requestUnknown"),
  failure: msg("eliteActions.startFailed"),
  async run({ requestId }, { db, user, t }) {
    const result = await startReview(db, user, requestId);
    if (!result.ok) return { ok: false, message: reviewFailureText(result, t) };
    return { ok: true, message: t("eliteActions.reviewStarted"), revalidate: ["/elite", `/elite/requests/${requestId}`] };
  },
});

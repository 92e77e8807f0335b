"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { startReviews } from "@/lib/data/review-decisions";
import { msg } from "@/lib/i18n/keys";
import { startReviewsSchema } from "@/lib/validations/review";
import { reviewFailureText } from "./review-failure-text";

export type StartReviewsState = FormState<"requestIds">;

/** R17: the queue's bulk "start review": every selected submitted request goes into review, in one transaction. */
export const startReviewsAction = formAction(["elite", "admin"], {
  name: "startReviewsAction",
  fields: ["requestIds"],
  schema: startReviewsSchema,
  failure: msg("eliteActions.startsFailed"),
  async run({ requestIds }, { db, user, t }) {
    const result = await startReviews(db, user, requestIds);
    if (!result.ok) return { ok: false, message: reviewFailureText(result, t) };
    const skipped = result.skipped.length > 0 ? ` ${t("eliteActions.reviewsSkipped", { skipped: result.skipped.length })}` : "";
    return {
      ok: true,
      message: `${t("eliteActions.reviewsStarted", { started: result.started.length })}${skipped}`,
      revalidate: ["/elite", ...result.started.map((id) => `/elite/requests/${id}`)],
    };
  },
});

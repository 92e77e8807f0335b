"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { startReview } from "@/lib/data/review-decisions";
import { startReviewSchema } from "@/lib/validations/review";

export type StartReviewState = FormState<"requestId">;

/** R17: a reviewer takes a submitted request into review (audited). */
export const startReviewAction = formAction(["elite", "admin"], {
  name: "startReviewAction",
  fields: ["requestId"],
  schema: startReviewSchema,
  invalid: "This request does not exist.",
  failure: "The review could not be started. Please try again in a moment.",
  async run({ requestId }, { db, user }) {
    const result = await startReview(db, user, requestId);
    if (!result.ok) return { ok: false, message: result.message };
    return { ok: true, message: "The request is now in review.", revalidate: ["/elite", `/elite/requests/${requestId}`] };
  },
});

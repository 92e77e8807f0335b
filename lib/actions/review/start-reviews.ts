"use server";

import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { startReviews } from "@/lib/data/review-decisions";
import { startReviewsSchema } from "@/lib/validations/review";

export type StartReviewsState = FormState<"requestIds">;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** R17: the queue's bulk "start review": every selected submitted request goes into review, in one transaction. */
export const startReviewsAction = formAction(["elite", "admin"], {
  name: "startReviewsAction",
  fields: ["requestIds"],
  schema: startReviewsSchema,
  failure: "The reviews could not be started. Nothing was changed; please try again.",
  async run({ requestIds }, { db, user }) {
    const result = await startReviews(db, user, requestIds);
    if (!result.ok) return { ok: false, message: result.message };
    const skipped = result.skipped.length > 0 ? ` ${plural(result.skipped.length, "request")} left as they were (already in review, decided or withdrawn).` : "";
    return {
      ok: true,
      message: `${plural(result.started.length, "request")} now in review.${skipped}`,
      revalidate: ["/elite", ...result.started.map((id) => `/elite/requests/${id}`)],
    };
  },
});

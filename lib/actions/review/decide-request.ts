"use server";

import { revalidatePath } from "next/cache";
import { scheduleNotificationDelivery } from "@/lib/notifications/deliver";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { todayIso } from "@/lib/clock";
import { decideRequest } from "@/lib/data/review-decisions";
import { nextInQueue } from "@/lib/data/review-queue";
import { decideRequestSchema, type DecideRequestField } from "@/lib/validations/review";
import { parseQueueSearchParams, queueSearchParams } from "@/lib/validations/review-queue";

export type DecideRequestState = FormState<DecideRequestField>;

/**
 * R14 / R17: approve or reject a request with the reason the runner will read. The data layer takes the
 * bib of an approved category change in the same transaction and refuses when none is left. "Decide and
 * open next" then goes to the next request of the queue the reviewer came from (same filters and sort).
 */
export const decideRequestAction = formAction(["elite", "admin"], {
  name: "decideRequestAction",
  fields: ["requestId", "decision", "reason", "then", "queue"],
  keep: ["decision", "reason"],
  schema: decideRequestSchema,
  failure: "The decision could not be saved. Nothing was changed; please try again.",
  async run({ requestId, decision, reason, then, queue }, { db, user }) {
    // The next request is read before deciding: the decision may take this one out of the view.
    const filters = parseQueueSearchParams(new URLSearchParams(queue ?? ""));
    const next = then === "next" ? await nextInQueue(db, user, filters, requestId, { today: todayIso() }) : null;
    const result = await decideRequest(db, user, { requestId, decision, reason });
    if (!result.ok) {
      if (result.error === "reason-required") return { ok: false, message: null, errors: { reason: [result.message] } };
      return { ok: false, message: result.message };
    }
    const revalidate = ["/elite", "/elite/quotas", "/elite/ledger", "/finals/bibs", `/elite/requests/${requestId}`, `/requests/${requestId}`];
    if (then === "next") {
      for (const path of revalidate) revalidatePath(path);
      const query = queueSearchParams({ ...filters, page: 1 }).toString();
      redirect(next ? `/elite/requests/${next}${query ? `?${query}` : ""}` : `/elite${query ? `?${query}` : ""}`);
    }
    const bib = result.bib ? ` One ${result.bib.finalsRace} bib used: ${result.bib.remaining} left.` : "";
    scheduleNotificationDelivery(); // the runner's email, after the commit
    return { ok: true, message: `Request ${result.status}. The runner can now see the decision and your reason.${bib}`, revalidate };
  },
});

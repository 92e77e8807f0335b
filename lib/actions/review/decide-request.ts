"use server";

import { revalidatePath } from "next/cache";
import { scheduleNotificationDelivery } from "@/lib/notifications/deliver";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { todayIso } from "@/lib/clock";
import { decideRequest } from "@/lib/data/review-decisions";
import { nextInQueue } from "@/lib/data/review-queue";
import { msg } from "@/lib/i18n/keys";
import { decideRequestSchema, type DecideRequestField } from "@/lib/validations/review";
import { parseQueueSearchParams, queueSearchParams } from "@/lib/validations/review-queue";
import { reviewFailureText } from "./review-failure-text";

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
  failure: msg("eliteActions.decideFailed"),
  async run({ requestId, decision, reason, then, queue }, { db, user, t }) {
    // The next request is read before deciding: the decision may take this one out of the view.
    const filters = parseQueueSearchParams(new URLSearchParams(queue ?? ""));
    const next = then === "next" ? await nextInQueue(db, user, filters, requestId, { today: todayIso() }) : null;
    const result = await decideRequest(db, user, { requestId, decision, reason });
    if (!result.ok) {
      const text = reviewFailureText(result, t);
      if (result.error === "reason-required") return { ok: false, message: null, errors: { reason: [text] } };
      return { ok: false, message: text };
    }
    const revalidate = ["/elite", "/elite/quotas", "/elite/ledger", "/finals/bibs", `/elite/requests/${requestId}`, `/requests/${requestId}`];
    if (then === "next") {
      for (const path of revalidate) revalidatePath(path);
      const query = queueSearchParams({ ...filters, page: 1 }).toString();
      redirect(next ? `/elite/requests/${next}${query ? `?${query}` : ""}` : `/elite${query ? `?${query}` : ""}`);
    }
    const bib = result.bib ? ` ${t("eliteActions.bibUsed", { race: result.bib.finalsRace, remaining: result.bib.remaining })}` : "";
    scheduleNotificationDelivery(); // the runner's email, after the commit
    return { ok: true, message: `${t("eliteActions.decided", { status: result.status })}${bib}`, revalidate };
  },
});

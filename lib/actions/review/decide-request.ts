"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { decideRequest, type DecideRequestResult } from "@/lib/data/review-decisions";
import { fieldErrors, formString, type FormState } from "@/lib/actions/form-state";
import { decideRequestSchema, type DecideRequestField } from "@/lib/validations/review";
import { logError } from "@/lib/log";

export type DecideRequestState = FormState<DecideRequestField>;

/**
 * R14 / R17: approve or reject a request with the reason the runner will read. The data layer takes the
 * bib of an approved category change in the same transaction and refuses when none is left.
 */
export async function decideRequestAction(_prev: DecideRequestState, formData: FormData): Promise<DecideRequestState> {
  const authorization = await authorizeAction("elite", "admin");
  if (!authorization.ok) return { status: "error", message: authorization.message };

  const values = {
    requestId: formString(formData, "requestId") ?? "",
    decision: formString(formData, "decision") ?? "",
    reason: formString(formData, "reason") ?? "",
  };
  const parsed = decideRequestSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<DecideRequestField>(parsed.error.issues), message: null, values };
  }

  let result: DecideRequestResult;
  try {
    result = await decideRequest(await getDb(), authorization.user, parsed.data);
  } catch (error) {
    logError("decideRequestAction failed", error);
    return { status: "error", message: "The decision could not be saved. Nothing was changed; please try again.", values };
  }
  if (!result.ok) {
    if (result.error === "reason-required") return { status: "error", errors: { reason: [result.message] }, message: null, values };
    return { status: "error", message: result.message, values };
  }

  const { requestId } = parsed.data;
  revalidatePath("/elite");
  revalidatePath("/elite/quotas");
  revalidatePath(`/elite/requests/${requestId}`);
  revalidatePath(`/requests/${requestId}`);
  const bib = result.bib ? ` One ${result.bib.finalsRace} bib used: ${result.bib.remaining} left.` : "";
  return { status: "success", message: `Request ${result.status}. The runner can now see the decision and your reason.${bib}` };
}

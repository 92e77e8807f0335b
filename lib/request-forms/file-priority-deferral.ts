import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { createPriorityDeferralRequest, type CreateRequestResult } from "@/lib/data/requests";
import { fieldErrors } from "@/lib/actions/form-state";
import { formDocuments, formText, type RequestFormState, type SubmittedForm } from "./submitted-form";
import { priorityDeferralSchema, type PriorityDeferralField } from "@/lib/validations/requests";
import { NO_RUNNER_MESSAGE, UNEXPECTED_MESSAGE, requestFailureState } from "@/lib/actions/requests/request-failure";
import { logError } from "@/lib/log";

export type FilePriorityDeferralState = RequestFormState<PriorityDeferralField>;

/** R15: files a priority deferral for the signed-in runner's completed registration, then shows it. */
export async function filePriorityDeferral(form: SubmittedForm): Promise<FilePriorityDeferralState> {
  const authorization = await authorizeAction("runner");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const { user } = authorization;
  if (user.runnerId === null) return { status: "error", message: NO_RUNNER_MESSAGE };

  const values = { reason: formText(form, "reason") ?? "", confirm: formText(form, "confirm") ?? "" };
  const parsed = priorityDeferralSchema.safeParse({ reason: values.reason, confirm: values.confirm || undefined });
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<PriorityDeferralField>(parsed.error.issues), message: null, values };
  }

  let result: CreateRequestResult;
  try {
    result = await createPriorityDeferralRequest(
      await getDb(),
      { userId: user.id, runnerId: user.runnerId },
      { reason: parsed.data.reason, documents: formDocuments(form), today: todayIso() },
    );
  } catch (error) {
    logError("filePriorityDeferral failed", error);
    return { status: "error", message: UNEXPECTED_MESSAGE, values };
  }
  if (!result.ok) return requestFailureState(result, values);

  revalidatePath("/requests");
  revalidatePath("/dashboard");
  return { status: "success", redirectTo: `/requests/${result.requestId}` };
}

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { createCategoryChangeRequest, type CreateRequestResult } from "@/lib/data/requests";
import { fieldErrors } from "@/lib/actions/form-state";
import { formDocuments, formText, type RequestFormState, type SubmittedForm } from "./submitted-form";
import { categoryChangeSchema, type CategoryChangeField } from "@/lib/validations/requests";
import { NO_RUNNER_MESSAGE, UNEXPECTED_MESSAGE, requestFailureState } from "@/lib/actions/requests/request-failure";
import { logError } from "@/lib/log";

export type FileCategoryChangeState = RequestFormState<CategoryChangeField>;

/** R14: files a change of category for the signed-in runner, then shows the new request. */
export async function fileCategoryChange(form: SubmittedForm): Promise<FileCategoryChangeState> {
  const authorization = await authorizeAction("runner");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const { user } = authorization;
  if (user.runnerId === null) return { status: "error", message: NO_RUNNER_MESSAGE };

  const values = { move: formText(form, "move") ?? "", reason: formText(form, "reason") ?? "" };
  const parsed = categoryChangeSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<CategoryChangeField>(parsed.error.issues), message: null, values };
  }

  let result: CreateRequestResult;
  try {
    result = await createCategoryChangeRequest(
      await getDb(),
      { userId: user.id, runnerId: user.runnerId },
      { ...parsed.data.move, reason: parsed.data.reason, documents: formDocuments(form), today: todayIso() },
    );
  } catch (error) {
    logError("fileCategoryChange failed", error);
    return { status: "error", message: UNEXPECTED_MESSAGE, values };
  }
  if (!result.ok) return requestFailureState(result, values);

  revalidatePath("/requests");
  revalidatePath("/dashboard");
  return { status: "success", redirectTo: `/requests/${result.requestId}` };
}

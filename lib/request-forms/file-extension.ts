import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { createExtensionRequest, type CreateRequestResult } from "@/lib/data/requests";
import { fieldErrors } from "@/lib/actions/form-state";
import { formDocuments, formText, type RequestFormState, type SubmittedForm } from "./submitted-form";
import { extensionSchema, type ExtensionField } from "@/lib/validations/requests";
import { NO_RUNNER_MESSAGE, UNEXPECTED_MESSAGE, requestFailureState } from "@/lib/actions/requests/request-failure";
import { logError } from "@/lib/log";

export type FileExtensionState = RequestFormState<ExtensionField>;

/** R16: files an application to qualify in the extended window, then shows it. */
export async function fileExtension(form: SubmittedForm): Promise<FileExtensionState> {
  const authorization = await authorizeAction("runner");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const { user } = authorization;
  if (user.runnerId === null) return { status: "error", message: NO_RUNNER_MESSAGE };

  const values = { finalsRace: formText(form, "finalsRace") ?? "", reason: formText(form, "reason") ?? "" };
  const parsed = extensionSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<ExtensionField>(parsed.error.issues), message: null, values };
  }

  let result: CreateRequestResult;
  try {
    result = await createExtensionRequest(
      await getDb(),
      { userId: user.id, runnerId: user.runnerId },
      { ...parsed.data, documents: formDocuments(form), today: todayIso() },
    );
  } catch (error) {
    logError("fileExtension failed", error);
    return { status: "error", message: UNEXPECTED_MESSAGE, values };
  }
  if (!result.ok) return requestFailureState(result, values);

  revalidatePath("/requests");
  revalidatePath("/dashboard");
  return { status: "success", redirectTo: `/requests/${result.requestId}` };
}

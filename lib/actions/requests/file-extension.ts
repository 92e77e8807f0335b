"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { createExtensionRequest, type CreateRequestResult } from "@/lib/data/requests";
import { uploadsFromFormData } from "@/lib/documents";
import { fieldErrors, formString, type FormState } from "@/lib/form-state";
import { extensionSchema, type ExtensionField } from "@/lib/validations/requests";
import { NO_RUNNER_MESSAGE, UNEXPECTED_MESSAGE, requestFailureState } from "./request-failure";
import { logError } from "@/lib/log";

export type FileExtensionState = FormState<ExtensionField>;

/** R16: files an application to qualify in the extended window, then shows it. */
export async function fileExtension(_prev: FileExtensionState, formData: FormData): Promise<FileExtensionState> {
  const authorization = await authorizeAction("runner");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const { user } = authorization;
  if (user.runnerId === null) return { status: "error", message: NO_RUNNER_MESSAGE };

  const values = { finalsRace: formString(formData, "finalsRace") ?? "", reason: formString(formData, "reason") ?? "" };
  const parsed = extensionSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<ExtensionField>(parsed.error.issues), message: null, values };
  }

  let result: CreateRequestResult;
  try {
    result = await createExtensionRequest(
      await getDb(),
      { userId: user.id, runnerId: user.runnerId },
      { ...parsed.data, documents: await uploadsFromFormData(formData, "documents"), today: todayIso() },
    );
  } catch (error) {
    logError("fileExtension failed", error);
    return { status: "error", message: UNEXPECTED_MESSAGE, values };
  }
  if (!result.ok) return requestFailureState(result, values);

  revalidatePath("/requests");
  revalidatePath("/dashboard");
  redirect(`/requests/${result.requestId}`);
}

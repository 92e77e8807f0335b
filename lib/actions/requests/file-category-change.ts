"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { todayIso } from "@/lib/clock";
import { createCategoryChangeRequest, type CreateRequestResult } from "@/lib/data/requests";
import { uploadsFromFormData } from "@/lib/documents";
import { fieldErrors, formString, type FormState } from "@/lib/form-state";
import { categoryChangeSchema, type CategoryChangeField } from "@/lib/validations/requests";
import { NO_RUNNER_MESSAGE, UNEXPECTED_MESSAGE, requestFailureState } from "./request-failure";
import { logError } from "@/lib/log";

export type FileCategoryChangeState = FormState<CategoryChangeField>;

/** R14: files a change of category for the signed-in runner, then shows the new request. */
export async function fileCategoryChange(_prev: FileCategoryChangeState, formData: FormData): Promise<FileCategoryChangeState> {
  const authorization = await authorizeAction("runner");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const { user } = authorization;
  if (user.runnerId === null) return { status: "error", message: NO_RUNNER_MESSAGE };

  const values = { move: formString(formData, "move") ?? "", reason: formString(formData, "reason") ?? "" };
  const parsed = categoryChangeSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<CategoryChangeField>(parsed.error.issues), message: null, values };
  }

  let result: CreateRequestResult;
  try {
    result = await createCategoryChangeRequest(
      await getDb(),
      { userId: user.id, runnerId: user.runnerId },
      { ...parsed.data.move, reason: parsed.data.reason, documents: await uploadsFromFormData(formData, "documents"), today: todayIso() },
    );
  } catch (error) {
    logError("fileCategoryChange failed", error);
    return { status: "error", message: UNEXPECTED_MESSAGE, values };
  }
  if (!result.ok) return requestFailureState(result, values);

  revalidatePath("/requests");
  revalidatePath("/dashboard");
  redirect(`/requests/${result.requestId}`);
}

"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { addRequestComment as addComment, type RequestChangeResult } from "@/lib/data/requests";
import { fieldErrors, formString, type FormState } from "@/lib/actions/form-state";
import { requestCommentSchema, type RequestCommentField } from "@/lib/validations/requests";
import { NO_RUNNER_MESSAGE, UNEXPECTED_MESSAGE } from "./request-failure";
import { logError } from "@/lib/log";

export type AddRequestCommentState = FormState<RequestCommentField>;

/** R17: the owner adds a comment to an open request; it joins the request's history. */
export async function addRequestComment(_prev: AddRequestCommentState, formData: FormData): Promise<AddRequestCommentState> {
  const authorization = await authorizeAction("runner");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const { user } = authorization;
  if (user.runnerId === null) return { status: "error", message: NO_RUNNER_MESSAGE };

  const values = { comment: formString(formData, "comment") ?? "" };
  const parsed = requestCommentSchema.safeParse({ requestId: formString(formData, "requestId"), comment: values.comment });
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<RequestCommentField>(parsed.error.issues), message: null, values };
  }

  let result: RequestChangeResult;
  try {
    result = await addComment(await getDb(), { userId: user.id, runnerId: user.runnerId }, parsed.data);
  } catch (error) {
    logError("addRequestComment failed", error);
    return { status: "error", message: UNEXPECTED_MESSAGE, values };
  }
  if (!result.ok) return { status: "error", message: result.message, values };

  revalidatePath(`/requests/${parsed.data.requestId}`);
  return { status: "success", message: "Your comment was added to the request's history." };
}

"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { addRequestDocuments, type RequestChangeResult } from "@/lib/data/requests";
import { uploadsFromFormData } from "@/lib/documents";
import { fieldErrors, formString, type FormState } from "@/lib/form-state";
import { requestDocumentSchema, type RequestDocumentField } from "@/lib/validations/requests";
import { NO_RUNNER_MESSAGE, UNEXPECTED_MESSAGE, requestFailureState } from "./request-failure";
import { logError } from "@/lib/log";

export type AddRequestDocumentState = FormState<RequestDocumentField>;

/** The owner adds documents (PDF, JPEG, PNG; 5 per request in all) to an open request. */
export async function addRequestDocument(_prev: AddRequestDocumentState, formData: FormData): Promise<AddRequestDocumentState> {
  const authorization = await authorizeAction("runner");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const { user } = authorization;
  if (user.runnerId === null) return { status: "error", message: NO_RUNNER_MESSAGE };

  const parsed = requestDocumentSchema.safeParse({ requestId: formString(formData, "requestId") });
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<RequestDocumentField>(parsed.error.issues), message: null };
  }

  let result: RequestChangeResult;
  try {
    result = await addRequestDocuments(
      await getDb(),
      { userId: user.id, runnerId: user.runnerId },
      { requestId: parsed.data.requestId, documents: await uploadsFromFormData(formData, "documents") },
    );
  } catch (error) {
    logError("addRequestDocument failed", error);
    return { status: "error", message: UNEXPECTED_MESSAGE };
  }
  if (!result.ok) return requestFailureState<RequestDocumentField>(result);

  revalidatePath(`/requests/${parsed.data.requestId}`);
  return { status: "success", message: "Your document was added to the request." };
}

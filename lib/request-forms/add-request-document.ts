import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { addRequestDocuments, type RequestChangeResult } from "@/lib/data/request-writes";
import { translator } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translatedFieldErrors } from "@/lib/i18n/validation";
import { formDocuments, formText, type RequestFormState, type SubmittedForm } from "./submitted-form";
import { requestDocumentSchema, type RequestDocumentField } from "@/lib/validations/requests";
import { logError } from "@/lib/log";

export type AddRequestDocumentState = RequestFormState<RequestDocumentField>;

/** The owner adds documents (PDF, JPEG, PNG; 5 per request in all) to an open request. */
export async function addRequestDocument(form: SubmittedForm): Promise<AddRequestDocumentState> {
  const t = translator(await requestLocale());
  const authorization = await authorizeAction("runner");
  if (!authorization.ok) return { status: "error", message: t(authorization.error === "signed-out" ? "actions.signedOut" : "actions.forbidden") };
  const { user } = authorization;
  if (user.runnerId === null) return { status: "error", failure: { error: "runner-not-found" } };

  const parsed = requestDocumentSchema.safeParse({ requestId: formText(form, "requestId") });
  if (!parsed.success) {
    return { status: "error", errors: translatedFieldErrors<RequestDocumentField>(parsed.error.issues, t), message: null };
  }

  let result: RequestChangeResult;
  try {
    result = await addRequestDocuments(
      await getDb(),
      { userId: user.id, runnerId: user.runnerId },
      { requestId: parsed.data.requestId, documents: formDocuments(form) },
    );
  } catch (error) {
    logError("addRequestDocument failed", error);
    return { status: "error", failure: { error: "unexpected" } };
  }
  if (!result.ok) {
    const { ok: _ok, ...failure } = result;
    return { status: "error", failure };
  }

  revalidatePath(`/requests/${parsed.data.requestId}`);
  return { status: "success", message: t("requestActions.documentAdded") };
}

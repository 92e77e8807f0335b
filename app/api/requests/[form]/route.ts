/**
 * The request forms that carry documents (R14-R16, R18 and "add documents"), posted here by
 * components/requests/use-upload-form.ts. The body is parsed as it streams in and refused at the first
 * limit passed (5 files, 10 MB each, a few short fields, 51 MB in all), before the rest is read; every
 * server action keeps Next's 1 MB limit (next.config.js).
 */
import { createTranslator } from "next-intl";
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { MESSAGES, translator } from "@/lib/i18n/messages";
import { documentProblemText } from "@/components/requests/refusal-text";
import { requestLocale } from "@/lib/i18n/request-locale";
import { MAX_DOCUMENT_BYTES, MAX_DOCUMENTS_PER_REQUEST } from "@/lib/uploads/documents";
import type { FormState } from "@/lib/actions/form-state";
import type { Locale } from "@/i18n/locales";
import { addRequestDocument } from "@/lib/request-forms/add-request-document";
import { fileCategoryChange, fileExtension, filePriorityDeferral, fileTopElite } from "@/lib/request-forms/file-request-forms";
import type { RequestFormState, SubmittedForm } from "@/lib/request-forms/submitted-form";
import { parseMultipart, UploadRefusedError, type MultipartLimits } from "@/lib/uploads/multipart";

const FORMS: Record<string, (form: SubmittedForm) => Promise<RequestFormState<string>>> = {
  "category-change": fileCategoryChange,
  extension: fileExtension,
  "priority-deferral": filePriorityDeferral,
  "top-elite": fileTopElite,
  documents: addRequestDocument,
};

const LIMITS: MultipartLimits = {
  files: MAX_DOCUMENTS_PER_REQUEST,
  fileBytes: MAX_DOCUMENT_BYTES,
  fields: 8,
  fieldBytes: 16 * 1024,
  totalBytes: MAX_DOCUMENTS_PER_REQUEST * MAX_DOCUMENT_BYTES + 1024 * 1024,
};

/** The refusals' words in the request's language, for the documents the upload refused. */
function refusals(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "refusals" });
}

function answer(state: FormState<string>, status = 200) {
  return NextResponse.json(state, { status });
}

/** The Origin of a browser's post must be this host (as for server actions, compared the way Next does). */
function isCrossOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ form: string }> }) {
  const handle = FORMS[(await params).form];
  const locale = await requestLocale();
  const t = translator(locale);
  if (!handle) return answer({ status: "error", message: t("requestActions.noSuchForm") }, 404);
  if (isCrossOrigin(request)) return answer({ status: "error", message: t("requestActions.crossOrigin") }, 403);
  // Signed-out visitors' bodies are not read at all, nor those of accounts that cannot file requests.
  const user = await getCurrentUser();
  if (!user) return answer({ status: "error", message: t("actions.signedOut") }, 401);
  if (user.role !== "runner") return answer({ status: "error", message: t("actions.forbidden") }, 403);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > LIMITS.totalBytes) {
    return answer({ status: "error", errors: { documents: [documentProblemText({ code: "form-too-large", limitBytes: LIMITS.totalBytes }, refusals(locale))] } }, 413);
  }

  let form: SubmittedForm;
  try {
    form = await parseMultipart(request.body, request.headers.get("content-type"), LIMITS);
  } catch (error) {
    if (error instanceof UploadRefusedError) return answer({ status: "error", errors: { documents: [documentProblemText(error.problem, refusals(locale))] } }, error.status);
    throw error;
  }
  const state = await handle(form);
  // A refused form is an answer the form shows, with the status an API client expects.
  return answer(state, state.status === "error" ? 422 : 200);
}

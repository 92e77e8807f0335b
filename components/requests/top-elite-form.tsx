"use client";

import { useTranslations } from "next-intl";
import type { FileTopEliteState } from "@/lib/request-forms/file-request-forms";
import { useUploadForm } from "./use-upload-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { REQUEST_REASON_MIN } from "@/lib/validations/limits";
import { DocumentInput } from "./document-input";
import { ErrorSummary, summaryFields } from "./error-summary";
import { useRequestFormErrors } from "./request-form-errors";

/** R18: ask for the Top Elite 18-month period; documents are optional. */
export function TopEliteForm() {
  const t = useTranslations("requestForms");
  const [state, onSubmit, pending] = useUploadForm<FileTopEliteState>("/api/requests/top-elite");
  const shown = useRequestFormErrors(state);
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <ErrorSummary
        answer={state}
        message={shown.message}
        fields={summaryFields({ ...state.errors, documents: shown.documents }, [
          { field: "reason", label: t("reason"), target: "request-reason" },
          { field: "documents", label: t("documents"), target: "request-documents" },
        ])}
      />
      <TextareaField
        id="request-reason"
        name="reason"
        label={t("topElite.reason")}
        hint={t("topElite.reasonHint", { min: REQUEST_REASON_MIN })}
        required
        minLength={REQUEST_REASON_MIN}
        errors={state.errors?.reason}
      />
      <DocumentInput id="request-documents" label={t("supportingDocuments")} errors={shown.documents} />
      <SubmitButton pending={pending} pendingLabel={t("sending")}>
        {t("sendRequest")}
      </SubmitButton>
    </form>
  );
}

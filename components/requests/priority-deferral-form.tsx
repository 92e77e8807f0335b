"use client";

import { useTranslations } from "next-intl";
import type { FilePriorityDeferralState } from "@/lib/request-forms/file-request-forms";
import { useUploadForm } from "./use-upload-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { REQUEST_REASON_MIN } from "@/lib/validations/limits";
import { DocumentInput } from "./document-input";
import { FieldErrors } from "@/components/ui/field-errors";
import { ErrorSummary, summaryFields } from "./error-summary";
import { useRequestFormErrors } from "./request-form-errors";

export interface PriorityDeferralFormProps {
  editionYear: number;
}

/** R15: the injury, a medical document, and the runner's confirmation of what a deferral means. */
export function PriorityDeferralForm({ editionYear }: PriorityDeferralFormProps) {
  const t = useTranslations("requestForms");
  const [state, onSubmit, pending] = useUploadForm<FilePriorityDeferralState>("/api/requests/priority-deferral");
  const confirmErrors = state.errors?.confirm;
  const shown = useRequestFormErrors(state);
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <ErrorSummary
        answer={state}
        message={shown.message}
        fields={summaryFields({ ...state.errors, documents: shown.documents }, [
          { field: "reason", label: t("deferral.reasonField"), target: "request-reason" },
          { field: "documents", label: t("medicalCertificate"), target: "request-documents" },
          { field: "confirm", label: t("deferral.confirmField"), target: "deferral-confirm" },
        ])}
      />
      <TextareaField
        id="request-reason"
        name="reason"
        label={t("deferral.reason")}
        hint={t("deferral.reasonHint", { min: REQUEST_REASON_MIN })}
        required
        minLength={REQUEST_REASON_MIN}
        errors={state.errors?.reason}
      />
      <DocumentInput id="request-documents" label={t("medicalDocuments")} required errors={shown.documents} />
      <div className="space-y-1">
        <div className="flex items-start gap-3">
          <input
            id="deferral-confirm"
            name="confirm"
            type="checkbox"
            required
            aria-describedby="deferral-confirm-error"
            aria-invalid={confirmErrors ? true : undefined}
            className="mt-0.5 h-6 w-6 shrink-0"
          />
          <label htmlFor="deferral-confirm">{t("deferral.confirm", { year: editionYear, nextYear: editionYear + 1 })}</label>
        </div>
        <FieldErrors id="deferral-confirm-error" errors={confirmErrors} />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("sending")}>
        {t("sendRequest")}
      </SubmitButton>
    </form>
  );
}

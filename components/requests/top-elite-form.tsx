"use client";

import type { FileTopEliteState } from "@/lib/request-forms/file-request-forms";
import { useUploadForm } from "./use-upload-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { REQUEST_REASON_MIN } from "@/lib/validations/limits";
import { DocumentInput } from "./document-input";
import { ErrorSummary, summaryFields } from "./error-summary";
import { requestFormErrors } from "./request-form-errors";

/** R18: ask for the Top Elite 18-month period; documents are optional. */
export function TopEliteForm() {
  const [state, onSubmit, pending] = useUploadForm<FileTopEliteState>("/api/requests/top-elite");
  const shown = requestFormErrors(state);
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <ErrorSummary
        answer={state}
        message={shown.message}
        fields={summaryFields({ ...state.errors, documents: shown.documents }, [
          { field: "reason", label: "Reason", target: "request-reason" },
          { field: "documents", label: "Documents", target: "request-documents" },
        ])}
      />
      <TextareaField
        id="request-reason"
        name="reason"
        label="Why do you ask for the Top Elite period?"
        hint={`At least ${REQUEST_REASON_MIN} characters, for example the races you plan in the first half of the Finals year.`}
        required
        minLength={REQUEST_REASON_MIN}
        errors={state.errors?.reason}
      />
      <DocumentInput id="request-documents" label="Supporting documents" errors={shown.documents} />
      <SubmitButton pending={pending} pendingLabel="Sending…">
        Send my request
      </SubmitButton>
    </form>
  );
}

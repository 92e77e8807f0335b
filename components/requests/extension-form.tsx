"use client";

import { useTranslations } from "next-intl";
import type { FileExtensionState } from "@/lib/request-forms/file-request-forms";
import { useUploadForm } from "./use-upload-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { REQUEST_REASON_MIN } from "@/lib/validations/limits";
import { DocumentInput } from "./document-input";
import { FieldErrors } from "@/components/ui/field-errors";
import { ErrorSummary, summaryFields } from "./error-summary";
import { useRequestFormErrors } from "./request-form-errors";

export interface ExtensionFormProps {
  /** The Finals races the runner may apply for (R16: threshold reached, not qualified yet). */
  finalsRaces: string[];
}

/** R16: the Finals race to qualify for in the extended window, the injury, and documents. */
export function ExtensionForm({ finalsRaces }: ExtensionFormProps) {
  const t = useTranslations("requestForms");
  const [state, onSubmit, pending] = useUploadForm<FileExtensionState>("/api/requests/extension");
  const raceErrors = state.errors?.finalsRace;
  const shown = useRequestFormErrors(state);
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <ErrorSummary
        answer={state}
        message={shown.message}
        fields={summaryFields({ ...state.errors, documents: shown.documents }, [
          { field: "finalsRace", label: t("finalsRace"), target: `finals-race-${finalsRaces[0] ?? ""}` },
          { field: "reason", label: t("extension.reasonField"), target: "request-reason" },
          { field: "documents", label: t("medicalCertificate"), target: "request-documents" },
        ])}
      />
      <fieldset aria-describedby="finals-race-error" aria-invalid={raceErrors ? true : undefined} className="space-y-2">
        <legend className="font-medium">{t("extension.race")}</legend>
        {finalsRaces.map((race) => (
          <label key={race} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-300 bg-white px-3">
            <input id={`finals-race-${race}`} type="radio" name="finalsRace" value={race} defaultChecked={finalsRaces.length === 1} className="h-5 w-5" />
            <span>{race}</span>
          </label>
        ))}
        <FieldErrors id="finals-race-error" errors={raceErrors} />
      </fieldset>
      <TextareaField
        id="request-reason"
        name="reason"
        label={t("extension.reason")}
        hint={t("extension.reasonHint", { min: REQUEST_REASON_MIN })}
        required
        minLength={REQUEST_REASON_MIN}
        errors={state.errors?.reason}
      />
      <DocumentInput id="request-documents" label={t("medicalDocuments")} required errors={shown.documents} />
      <SubmitButton pending={pending} pendingLabel={t("sending")}>
        {t("extension.send")}
      </SubmitButton>
    </form>
  );
}

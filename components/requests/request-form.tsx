"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { RequestFormState } from "@/lib/request-forms/submitted-form";
import { REQUEST_REASON_MIN } from "@/lib/validations/limits";
import { FieldErrors } from "@/components/ui/field-errors";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { DocumentInput } from "./document-input";
import { ErrorSummary, summaryFields } from "./error-summary";
import { useRequestFormErrors } from "./request-form-errors";
import { useUploadForm } from "./use-upload-form";

type Errors = Partial<Record<string, string[]>> | undefined;

/** A field of the form besides the reason and the documents: where it goes, its entry in the error summary. */
export interface ExtraField {
  field: string;
  summaryLabel: string;
  /** The id of the control the summary's link jumps to. */
  target: string;
  render: (errors: string[] | undefined) => ReactNode;
}

export interface RequestFormProps {
  /** The request form's route: /api/requests/<form>. */
  form: "category-change" | "extension" | "priority-deferral" | "top-elite";
  /** Chosen before the reason (the race). */
  choice?: ExtraField;
  reason: { label: string; hint: string; summaryLabel: string };
  documents: { label: string; summaryLabel: string; required?: boolean };
  /** Confirmed after the documents (R15). */
  confirmation?: ExtraField;
  submitLabel: string;
}

/**
 * The four request forms' one shape: an error summary that takes the focus after a refusal, what the runner
 * chooses, the reason, the documents, a confirmation, and the submit button; posted with its files
 * (useUploadForm) and answered with codes worded in the reader's language (useRequestFormErrors).
 */
export function RequestForm({ form, choice, reason, documents, confirmation, submitLabel }: RequestFormProps) {
  const t = useTranslations("requestForms");
  const [state, onSubmit, pending] = useUploadForm<RequestFormState<string>>(`/api/requests/${form}`);
  const shown = useRequestFormErrors(state);
  const errors: Errors = state.errors;
  const order = [
    ...(choice ? [{ field: choice.field, label: choice.summaryLabel, target: choice.target }] : []),
    { field: "reason", label: reason.summaryLabel, target: "request-reason" },
    { field: "documents", label: documents.summaryLabel, target: "request-documents" },
    ...(confirmation ? [{ field: confirmation.field, label: confirmation.summaryLabel, target: confirmation.target }] : []),
  ];
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <ErrorSummary answer={state} message={shown.message} fields={summaryFields({ ...errors, documents: shown.documents }, order)} />
      {choice?.render(errors?.[choice.field])}
      <TextareaField
        id="request-reason"
        name="reason"
        label={reason.label}
        hint={reason.hint}
        required
        minLength={REQUEST_REASON_MIN}
        errors={errors?.reason}
      />
      <DocumentInput id="request-documents" label={documents.label} required={documents.required} errors={shown.documents} />
      {confirmation?.render(errors?.[confirmation.field])}
      <SubmitButton pending={pending} pendingLabel={t("sending")}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

/** One choice among a few, as radio buttons (a single one comes chosen), with its errors. */
export function RadioChoice({ name, legend, options, errors }: { name: string; legend: string; options: { id: string; value: string; label: string }[]; errors: string[] | undefined }) {
  return (
    <fieldset aria-describedby={`${name}-error`} aria-invalid={errors ? true : undefined} className="space-y-2">
      <legend className="font-medium">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-300 bg-white px-3">
          <input id={o.id} type="radio" name={name} value={o.value} defaultChecked={options.length === 1} className="h-5 w-5" />
          <span>{o.label}</span>
        </label>
      ))}
      <FieldErrors id={`${name}-error`} errors={errors} />
    </fieldset>
  );
}

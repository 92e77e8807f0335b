"use client";

import { useTranslations } from "next-intl";
import type { FileCategoryChangeState } from "@/lib/request-forms/file-request-forms";
import { useUploadForm } from "./use-upload-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { REQUEST_REASON_MIN } from "@/lib/validations/limits";
import { DocumentInput } from "./document-input";
import { FieldErrors } from "@/components/ui/field-errors";
import { ErrorSummary, summaryFields } from "./error-summary";
import { useRequestFormErrors } from "./request-form-errors";

export interface CategoryChangeMove {
  from: string;
  to: string;
}

export interface CategoryChangeFormProps {
  moves: CategoryChangeMove[];
}

/** R14: choose the race to move to (only the allowed moves are offered), explain why, attach documents. */
export function CategoryChangeForm({ moves }: CategoryChangeFormProps) {
  const t = useTranslations("requestForms");
  const [state, onSubmit, pending] = useUploadForm<FileCategoryChangeState>("/api/requests/category-change");
  const moveErrors = state.errors?.move;
  const single = moves.length === 1 ? moves[0] : undefined;
  const shown = useRequestFormErrors(state);
  const firstMove = moves[0] ? `move-${moves[0].from}-${moves[0].to}` : "request-reason";
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <ErrorSummary
        answer={state}
        message={shown.message}
        fields={summaryFields({ ...state.errors, documents: shown.documents }, [
          { field: "move", label: t("finalsRace"), target: firstMove },
          { field: "reason", label: t("reason"), target: "request-reason" },
          { field: "documents", label: t("documents"), target: "request-documents" },
        ])}
      />
      <fieldset aria-describedby="move-error" aria-invalid={moveErrors ? true : undefined} className="space-y-2">
        <legend className="font-medium">{t("categoryChange.race")}</legend>
        {moves.map((m) => {
          const value = `${m.from}:${m.to}`;
          return (
            <label key={value} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-300 bg-white px-3">
              <input id={`move-${m.from}-${m.to}`} type="radio" name="move" value={value} defaultChecked={single !== undefined} className="h-5 w-5" />
              <span>{t("categoryChange.move", { to: m.to, from: m.from })}</span>
            </label>
          );
        })}
        <FieldErrors id="move-error" errors={moveErrors} />
      </fieldset>
      <TextareaField
        id="request-reason"
        name="reason"
        label={t("categoryChange.reason")}
        hint={t("categoryChange.reasonHint", { min: REQUEST_REASON_MIN })}
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

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { AddRequestDocumentState } from "@/lib/request-forms/add-request-document";
import { useUploadForm } from "./use-upload-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { DocumentInput } from "./document-input";
import { ErrorSummary } from "./error-summary";
import { useRequestFormErrors } from "./request-form-errors";

export interface AddDocumentFormProps {
  requestId: number;
  alreadyAttached: number;
}

export function AddDocumentForm({ requestId, alreadyAttached }: AddDocumentFormProps) {
  const t = useTranslations("requestForms");
  const [state, onSubmit, pending] = useUploadForm<AddRequestDocumentState>("/api/requests/documents");
  const form = useRef<HTMLFormElement>(null);
  const shown = useRequestFormErrors(state);
  // The files stay after a refusal (to fix and send again), and go once they are added.
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state]);
  return (
    <form ref={form} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <ErrorSummary
        answer={state}
        message={shown.message}
        fields={shown.documents?.[0] ? [{ label: t("addDocuments.label"), target: "add-documents" }] : []}
      />
      <FormMessage status={state.status} message={state.status === "success" ? state.message : null} />
      <DocumentInput id="add-documents" label={t("addDocuments.label")} required alreadyAttached={alreadyAttached} errors={shown.documents} />
      <SubmitButton pending={pending} pendingLabel={t("addDocuments.uploading")}>
        {t("addDocuments.submit")}
      </SubmitButton>
    </form>
  );
}

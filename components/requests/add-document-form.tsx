"use client";

import type { AddRequestDocumentState } from "@/lib/request-forms/add-request-document";
import { useUploadForm } from "./use-upload-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { DocumentInput } from "./document-input";

export interface AddDocumentFormProps {
  requestId: number;
  alreadyAttached: number;
}

export function AddDocumentForm({ requestId, alreadyAttached }: AddDocumentFormProps) {
  const [state, formAction, pending] = useUploadForm<AddRequestDocumentState>("/api/requests/documents");
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <FormMessage status={state.status} message={state.message} />
      <DocumentInput id="add-documents" label="Documents to add" required alreadyAttached={alreadyAttached} errors={state.errors?.documents} />
      <SubmitButton pending={pending} pendingLabel="Uploading…">
        Add documents
      </SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { addRequestDocument, type AddRequestDocumentState } from "@/lib/actions/requests/add-request-document";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { DocumentInput } from "./document-input";

export interface AddDocumentFormProps {
  requestId: number;
  alreadyAttached: number;
}

export function AddDocumentForm({ requestId, alreadyAttached }: AddDocumentFormProps) {
  const [state, formAction, pending] = useActionState<AddRequestDocumentState, FormData>(addRequestDocument, { status: "idle" });
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

"use client";

import type { FileExtensionState } from "@/lib/request-forms/file-extension";
import { useUploadForm } from "./use-upload-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextareaField } from "@/components/ui/textarea-field";
import { REQUEST_REASON_MIN } from "@/lib/validations/limits";
import { DocumentInput } from "./document-input";
import { FieldErrors } from "@/components/ui/field-errors";

export interface ExtensionFormProps {
  /** The Finals races whose category the runner's scores reach. */
  finalsRaces: string[];
}

/** R16: the Finals race to qualify for in the extended window, the injury, and documents. */
export function ExtensionForm({ finalsRaces }: ExtensionFormProps) {
  const [state, formAction, pending] = useUploadForm<FileExtensionState>("/api/requests/extension");
  const raceErrors = state.errors?.finalsRace;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <fieldset aria-describedby="finals-race-error" aria-invalid={raceErrors ? true : undefined} className="space-y-2">
        <legend className="font-medium">Finals race you want to qualify for</legend>
        {finalsRaces.map((race) => (
          <label key={race} className="flex min-h-11 items-center gap-3 rounded-md border border-slate-300 bg-white px-3">
            <input
              type="radio"
              name="finalsRace"
              value={race}
              defaultChecked={state.values?.finalsRace ? state.values.finalsRace === race : finalsRaces.length === 1}
              className="h-5 w-5"
            />
            <span>{race}</span>
          </label>
        ))}
        <FieldErrors id="finals-race-error" errors={raceErrors} />
      </fieldset>
      <TextareaField
        id="request-reason"
        name="reason"
        label="What kept you from qualifying?"
        hint={`Describe the injury and its dates; at least ${REQUEST_REASON_MIN} characters.`}
        required
        minLength={REQUEST_REASON_MIN}
        defaultValue={state.values?.reason}
        errors={state.errors?.reason}
      />
      <DocumentInput id="request-documents" label="Medical certificate or other documents" required errors={state.errors?.documents} />
      <SubmitButton pending={pending} pendingLabel="Sending…">
        Send my application
      </SubmitButton>
    </form>
  );
}

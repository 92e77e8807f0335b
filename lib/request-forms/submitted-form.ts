import type { UploadedFile } from "@/lib/uploads/documents";
import type { FormState } from "@/lib/actions/form-state";
import type { RequestProblem } from "@/lib/domain/requests";
import type { ParsedMultipart } from "@/lib/uploads/multipart";

/**
 * A request form as app/api/requests/[form]/route.ts parsed it, within the upload limits: its text fields
 * and its files. The forms that carry documents are posted there, not to server actions, so every server
 * action keeps Next's small body limit (next.config.js).
 */
export type SubmittedForm = ParsedMultipart;

/** Why the data layer refused a request form, as codes and facts: the form words it (components/requests/refusal-text.ts). */
export type RequestFormFailure = RequestProblem | { error: "unexpected" };

/** What a request form answers: its form state, where to go next after a success, or the refusal. */
export type RequestFormState<Field extends string> = FormState<Field> & { redirectTo?: string; failure?: RequestFormFailure };

/** A text field, or undefined. */
export function formText(form: SubmittedForm, name: string): string | undefined {
  return form.fields.get(name);
}

/** The files of the form's "documents" input. */
export function formDocuments(form: SubmittedForm): UploadedFile[] {
  return form.files.filter((file) => file.field === "documents").map(({ name, bytes }) => ({ name, bytes }));
}

import { DOCUMENT_ACCEPT, MAX_DOCUMENTS_PER_REQUEST } from "@/lib/documents";

export interface DocumentInputProps {
  id: string;
  label: string;
  required?: boolean;
  /** Documents already attached, to say how many more fit. */
  alreadyAttached?: number;
  errors?: string[] | undefined;
}

/** The file input for supporting documents, with the limits spelled out and errors announced. */
export function DocumentInput({ id, label, required, alreadyAttached = 0, errors }: DocumentInputProps) {
  const hasError = !!errors && errors.length > 0;
  const left = MAX_DOCUMENTS_PER_REQUEST - alreadyAttached;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
        {required ? "" : " (optional)"}
      </label>
      <p id={hintId} className="text-sm text-slate-600">
        PDF, JPEG or PNG, at most 10 MB each; up to {left} {left === 1 ? "file" : "files"}
        {alreadyAttached > 0 ? " more" : ""}. We check the content of each file, not its name.
      </p>
      <input
        id={id}
        name="documents"
        type="file"
        multiple
        accept={DOCUMENT_ACCEPT}
        required={required}
        aria-describedby={`${hintId} ${errorId}`}
        aria-invalid={hasError ? true : undefined}
        className={`block min-h-11 w-full max-w-full rounded-md border bg-white px-2 py-2 text-base file:mr-3 file:min-h-9 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:font-medium ${
          hasError ? "border-red-700" : "border-slate-400"
        }`}
      />
      <div id={errorId} aria-live="polite" aria-atomic="true">
        {errors?.map((error) => (
          <p key={error} className="text-sm text-red-700">
            {error}
          </p>
        ))}
      </div>
    </div>
  );
}

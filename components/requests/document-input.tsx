import { DOCUMENT_ACCEPT, MAX_DOCUMENTS_PER_REQUEST } from "@/lib/uploads/documents";
import { LabelledField } from "@/components/ui/labelled-field";

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
  const left = MAX_DOCUMENTS_PER_REQUEST - alreadyAttached;
  return (
    <LabelledField
      id={id}
      label={
        <>
          {label}
          {required ? "" : " (optional)"}
        </>
      }
      hint={
        <>
          PDF, JPEG or PNG, at most 10 MB each; up to {left} {left === 1 ? "file" : "files"}
          {alreadyAttached > 0 ? " more" : ""}. We check the content of each file, not its name.
        </>
      }
      errors={errors}
    >
      {({ borderClass, ...control }) => (
        <input
          {...control}
          name="documents"
          type="file"
          multiple
          accept={DOCUMENT_ACCEPT}
          required={required}
          className={`block min-h-11 w-full max-w-full rounded-md border bg-white px-2 py-2 text-base file:mr-3 file:min-h-9 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:font-medium ${borderClass}`}
        />
      )}
    </LabelledField>
  );
}

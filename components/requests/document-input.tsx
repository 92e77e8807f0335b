import { useTranslations } from "next-intl";
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
  const t = useTranslations("requestForms.documentInput");
  const left = MAX_DOCUMENTS_PER_REQUEST - alreadyAttached;
  return (
    <LabelledField
      id={id}
      label={required ? label : t("optional", { label })}
      hint={alreadyAttached > 0 ? t("hintMore", { left }) : t("hint", { left })}
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

import type { TextareaHTMLAttributes } from "react";
import { LabelledField } from "./labelled-field";

export interface TextareaFieldProps
  extends Pick<TextareaHTMLAttributes<HTMLTextAreaElement>, "required" | "defaultValue" | "minLength" | "maxLength" | "rows"> {
  id: string;
  name: string;
  label: string;
  /** Help shown under the label, read with the field. */
  hint?: string;
  errors?: string[] | undefined;
}

/** A labelled multi-line input with its hint and errors (same contract as FormField). */
export function TextareaField({ id, name, label, hint, errors, rows = 5, ...textarea }: TextareaFieldProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} errors={errors}>
      {({ borderClass, ...control }) => (
        <textarea
          name={name}
          rows={rows}
          {...control}
          className={`block w-full rounded-md border bg-white px-3 py-2 text-base ${borderClass}`}
          {...textarea}
        />
      )}
    </LabelledField>
  );
}

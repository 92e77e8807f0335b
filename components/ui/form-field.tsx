import type { InputHTMLAttributes } from "react";
import { LabelledField } from "./labelled-field";

export interface FormFieldProps
  extends Pick<
    InputHTMLAttributes<HTMLInputElement>,
    "type" | "autoComplete" | "required" | "defaultValue" | "inputMode" | "minLength" | "maxLength" | "autoFocus" | "spellCheck"
  > {
  id: string;
  name: string;
  label: string;
  /** Help shown under the label, read with the field. */
  hint?: string;
  errors?: string[] | undefined;
}

/** A labelled text input with its hint and errors (wiring in LabelledField). */
export function FormField({ id, name, label, hint, errors, type = "text", ...input }: FormFieldProps) {
  return (
    <LabelledField id={id} label={label} hint={hint} errors={errors}>
      {({ borderClass, ...control }) => (
        <input
          name={name}
          type={type}
          {...control}
          className={`block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base ${borderClass}`}
          {...input}
        />
      )}
    </LabelledField>
  );
}

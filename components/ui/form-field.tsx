import type { InputHTMLAttributes } from "react";

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

/**
 * A labelled text input with its hint and errors. The error region is always rendered and polite so
 * screen readers announce new errors; aria-invalid is set only when there is one.
 */
export function FormField({ id, name, label, hint, errors, type = "text", ...input }: FormFieldProps) {
  const hasError = !!errors && errors.length > 0;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        type={type}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
        aria-invalid={hasError ? true : undefined}
        className={`block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base ${
          hasError ? "border-red-700" : "border-slate-400"
        }`}
        {...input}
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

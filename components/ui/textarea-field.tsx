import type { TextareaHTMLAttributes } from "react";

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
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
        aria-invalid={hasError ? true : undefined}
        className={`block w-full rounded-md border bg-white px-3 py-2 text-base ${hasError ? "border-red-700" : "border-slate-400"}`}
        {...textarea}
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

import type { ReactNode } from "react";
import { FieldErrors } from "./field-errors";

/** What the control inside a LabelledField needs to be tied to its label, hint and errors. */
export interface FieldControl {
  id: string;
  "aria-describedby": string;
  "aria-invalid": true | undefined;
  /** The border colour class, red when there is an error. */
  borderClass: string;
}

export interface LabelledFieldProps {
  id: string;
  label: ReactNode;
  /** Help shown under the label, read with the field. */
  hint?: ReactNode;
  errors?: string[] | undefined;
  children: (control: FieldControl) => ReactNode;
}

/**
 * The label, hint and error wiring shared by every form control. The error region is always rendered and
 * polite so screen readers announce new errors; aria-invalid is set only when there is one.
 */
export function LabelledField({ id, label, hint, errors, children }: LabelledFieldProps) {
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
      {children({
        id,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" "),
        "aria-invalid": hasError ? true : undefined,
        borderClass: hasError ? "border-red-700" : "border-slate-400",
      })}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

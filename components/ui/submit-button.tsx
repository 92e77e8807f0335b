import type { ReactNode } from "react";

export interface SubmitButtonProps {
  pending: boolean;
  children: ReactNode;
  /** Label while the action runs, e.g. "Signing in…". */
  pendingLabel: string;
  /** "danger" for a final, destructive action such as a withdrawal. */
  tone?: "primary" | "danger";
  /** Sent with the form when a form has several submit buttons (e.g. preview and import). */
  name?: string;
  value?: string;
}

const TONE_CLASS = {
  primary: "bg-brand-700 text-white hover:bg-brand-900",
  danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
} as const;

/** The form's primary button: full width on phones, 44 px tall, disabled and relabelled while pending. */
export function SubmitButton({ pending, children, pendingLabel, tone = "primary", name, value }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex min-h-11 w-full items-center justify-center rounded-md px-5 font-medium disabled:cursor-wait disabled:opacity-70 sm:w-auto ${TONE_CLASS[tone]}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

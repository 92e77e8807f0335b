import type { ReactNode } from "react";

export interface SubmitButtonProps {
  pending: boolean;
  children: ReactNode;
  /** Label while the action runs, e.g. "Signing in…". */
  pendingLabel: string;
}

/** The form's primary button: full width on phones, 44 px tall, disabled and relabelled while pending. */
export function SubmitButton({ pending, children, pendingLabel }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-700 px-5 font-medium text-white hover:bg-brand-900 disabled:cursor-wait disabled:opacity-70 sm:w-auto"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}

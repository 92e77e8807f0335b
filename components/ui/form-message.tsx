export interface FormMessageProps {
  id?: string;
  status: "idle" | "error" | "success";
  message?: string | null | undefined;
}

/** The form-level outcome, in a polite live region that exists before it has text (so it is announced). */
export function FormMessage({ id, status, message }: FormMessageProps) {
  return (
    <div id={id} aria-live="polite" aria-atomic="true">
      {message ? (
        <p
          className={`rounded-md border px-3 py-2 ${
            status === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-900"
          }`}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { useEffect } from "react";

export interface ErrorBoundaryProps {
  error: Error & { digest?: string };
  reset: () => void;
}

/** The body of every error.tsx: says what failed, that nothing was lost, and offers a retry. */
export function ErrorPanel({ error, reset, title }: ErrorBoundaryProps & { title: string }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="space-y-4" role="alert">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p>Your data is unchanged. {error.digest ? `(reference ${error.digest})` : null}</p>
      <button
        type="button"
        onClick={reset}
        className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-900"
      >
        Try again
      </button>
    </section>
  );
}

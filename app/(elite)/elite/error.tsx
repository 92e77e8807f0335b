"use client";

import { useEffect } from "react";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="space-y-4" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p>The page could not be shown. Your data is unchanged. {error.digest ? `(reference ${error.digest})` : null}</p>
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

"use client";

import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";

export default function RequestsError(props: ErrorBoundaryProps) {
  return <ErrorPanel {...props} title="Your requests could not be shown" />;
}

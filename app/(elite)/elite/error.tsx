"use client";

import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";

export default function ReviewError(props: ErrorBoundaryProps) {
  return <ErrorPanel {...props} title="The review page could not be shown" />;
}

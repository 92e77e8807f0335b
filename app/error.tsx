"use client";

import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";

export default function PageError(props: ErrorBoundaryProps) {
  return <ErrorPanel {...props} title="Something went wrong" />;
}

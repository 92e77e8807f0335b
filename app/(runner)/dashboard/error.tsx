"use client";

import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";

export default function DashboardError(props: ErrorBoundaryProps) {
  return <ErrorPanel {...props} title="Your dashboard could not be shown" />;
}

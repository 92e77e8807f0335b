"use client";

import { useTranslations } from "next-intl";
import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";

export default function DashboardError(props: ErrorBoundaryProps) {
  return <ErrorPanel {...props} title={useTranslations("dashboardUi")("error")} />;
}

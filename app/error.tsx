"use client";

import { useTranslations } from "next-intl";
import { ErrorPanel, type ErrorBoundaryProps } from "@/components/ui/error-panel";

export default function PageError(props: ErrorBoundaryProps) {
  const t = useTranslations("errors");
  return <ErrorPanel {...props} title={t("title")} />;
}

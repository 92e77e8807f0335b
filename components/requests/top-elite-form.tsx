"use client";

import { useTranslations } from "next-intl";
import { REQUEST_REASON_MIN } from "@/lib/validations/limits";
import { RequestForm } from "./request-form";

/** R18: ask for the Top Elite 18-month period; documents are optional. */
export function TopEliteForm() {
  const t = useTranslations("requestForms");
  return (
    <RequestForm
      form="top-elite"
      reason={{ label: t("topElite.reason"), hint: t("topElite.reasonHint", { min: REQUEST_REASON_MIN }), summaryLabel: t("reason") }}
      documents={{ label: t("supportingDocuments"), summaryLabel: t("documents") }}
      submitLabel={t("sendRequest")}
    />
  );
}

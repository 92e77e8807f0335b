"use client";

import { useTranslations } from "next-intl";
import { REQUEST_REASON_MIN } from "@/lib/validations/limits";
import { FieldErrors } from "@/components/ui/field-errors";
import { RequestForm } from "./request-form";

export interface PriorityDeferralFormProps {
  editionYear: number;
}

/** R15: the injury, a medical document, and the runner's confirmation of what a deferral means. */
export function PriorityDeferralForm({ editionYear }: PriorityDeferralFormProps) {
  const t = useTranslations("requestForms");
  return (
    <RequestForm
      form="priority-deferral"
      reason={{ label: t("deferral.reason"), hint: t("deferral.reasonHint", { min: REQUEST_REASON_MIN }), summaryLabel: t("deferral.reasonField") }}
      documents={{ label: t("medicalDocuments"), summaryLabel: t("medicalCertificate"), required: true }}
      confirmation={{
        field: "confirm",
        summaryLabel: t("deferral.confirmField"),
        target: "deferral-confirm",
        render: (errors) => (
          <div className="space-y-1">
            <div className="flex items-start gap-3">
              <input
                id="deferral-confirm"
                name="confirm"
                type="checkbox"
                required
                aria-describedby="deferral-confirm-error"
                aria-invalid={errors ? true : undefined}
                className="mt-0.5 h-6 w-6 shrink-0"
              />
              <label htmlFor="deferral-confirm">{t("deferral.confirm", { year: editionYear, nextYear: editionYear + 1 })}</label>
            </div>
            <FieldErrors id="deferral-confirm-error" errors={errors} />
          </div>
        ),
      }}
      submitLabel={t("sendRequest")}
    />
  );
}

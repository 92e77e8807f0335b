"use client";

import { useTranslations } from "next-intl";
import { REQUEST_REASON_MIN } from "@/lib/validations/limits";
import { RadioChoice, RequestForm } from "./request-form";

export interface ExtensionFormProps {
  /** The Finals races the runner may apply for (R16: threshold reached, not qualified yet). */
  finalsRaces: string[];
}

/** R16: the Finals race to qualify for in the extended window, the injury, and documents. */
export function ExtensionForm({ finalsRaces }: ExtensionFormProps) {
  const t = useTranslations("requestForms");
  const options = finalsRaces.map((race) => ({ id: `finals-race-${race}`, value: race, label: race }));
  return (
    <RequestForm
      form="extension"
      choice={{
        field: "finalsRace",
        summaryLabel: t("finalsRace"),
        target: options[0]?.id ?? "request-reason",
        render: (errors) => <RadioChoice name="finalsRace" legend={t("extension.race")} options={options} errors={errors} />,
      }}
      reason={{ label: t("extension.reason"), hint: t("extension.reasonHint", { min: REQUEST_REASON_MIN }), summaryLabel: t("extension.reasonField") }}
      documents={{ label: t("medicalDocuments"), summaryLabel: t("medicalCertificate"), required: true }}
      submitLabel={t("extension.send")}
    />
  );
}

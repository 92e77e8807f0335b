"use client";

import { useTranslations } from "next-intl";
import { REQUEST_REASON_MIN } from "@/lib/validations/limits";
import { RadioChoice, RequestForm } from "./request-form";

export interface CategoryChangeMove {
  from: string;
  to: string;
}

export interface CategoryChangeFormProps {
  moves: CategoryChangeMove[];
}

/** R14: choose the race to move to (only the allowed moves are offered), explain why, attach documents. */
export function CategoryChangeForm({ moves }: CategoryChangeFormProps) {
  const t = useTranslations("requestForms");
  const options = moves.map((m) => ({ id: `move-${m.from}-${m.to}`, value: `${m.from}:${m.to}`, label: t("categoryChange.move", { to: m.to, from: m.from }) }));
  return (
    <RequestForm
      form="category-change"
      choice={{
        field: "move",
        summaryLabel: t("finalsRace"),
        target: options[0]?.id ?? "request-reason",
        render: (errors) => <RadioChoice name="move" legend={t("categoryChange.race")} options={options} errors={errors} />,
      }}
      reason={{ label: t("categoryChange.reason"), hint: t("categoryChange.reasonHint", { min: REQUEST_REASON_MIN }), summaryLabel: t("reason") }}
      documents={{ label: t("supportingDocuments"), summaryLabel: t("documents") }}
      submitLabel={t("sendRequest")}
    />
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { updateQuotaAction, type UpdateQuotaState } from "@/lib/actions/review/update-quota";
import { FormMessage } from "@/components/ui/form-message";
import type { FinalsRace, Sex } from "@/lib/domain/types";

export interface QuotaFormProps {
  editionYear: number;
  finalsRace: FinalsRace;
  sex: Sex;
  /** The sex in words, lower case ("women"), in the page's language. */
  sexLabel: string;
  bibs: number;
  bibsUsed: number;
}

/** R14: an admin sets one race and sex's bibs; never below the bibs used (the server decides). */
export function QuotaForm({ editionYear, finalsRace, sex, sexLabel, bibs, bibsUsed }: QuotaFormProps) {
  const t = useTranslations("eliteQuotas.form");
  const [state, formAction, pending] = useActionState<UpdateQuotaState, FormData>(updateQuotaAction, { status: "idle" });
  const id = `quota-${finalsRace}-${sex}`;
  const error = state.errors?.bibs;
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <input type="hidden" name="editionYear" value={editionYear} />
      <input type="hidden" name="finalsRace" value={finalsRace} />
      <input type="hidden" name="sex" value={sex} />
      <label htmlFor={id} className="block font-medium">
        {t("label", { race: finalsRace, sex: sexLabel })}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name="bibs"
          type="number"
          inputMode="numeric"
          min={bibsUsed}
          step={1}
          required
          defaultValue={state.values?.bibs ?? bibs}
          aria-describedby={`${id}-hint ${id}-error`}
          aria-invalid={error ? true : undefined}
          className={`block min-h-11 w-28 rounded-md border bg-white px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-400"}`}
        />
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-900 disabled:cursor-wait disabled:opacity-70"
        >
          {pending ? t("saving") : t("save")}
          <span className="sr-only"> {t("saveWhat", { race: finalsRace, sex: sexLabel })}</span>
        </button>
      </div>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t("hint", { used: bibsUsed })}
      </p>
      <div id={`${id}-error`} aria-live="polite">
        {error?.map((e) => (
          <p key={e} className="text-sm text-red-700">
            {e}
          </p>
        ))}
      </div>
      {state.status !== "error" || !error ? <FormMessage status={state.status} message={state.message} /> : null}
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { declareResultsFinalAction } from "@/lib/actions/admin/declare-results-final";
import type { FormState } from "@/lib/actions/form-state";

/** R20: declares a live race's results final; says how many runners it told. */
export function ResultsFinalButton({ raceId, raceName }: { raceId: number; raceName: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(declareResultsFinalAction, { status: "idle" });
  const t = useTranslations("admin.event");
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="raceId" value={raceId} />
      <button type="submit" disabled={pending} className="min-h-11 rounded-md border border-brand-700 px-3 text-brand-900 hover:bg-brand-50 disabled:opacity-70">
        {pending ? t("declaring") : t("declareFinal")}
        <span className="sr-only"> ({raceName})</span>
      </button>
      <p aria-live="polite" className={`text-sm ${state.status === "error" ? "text-red-800" : "text-green-800"}`}>
        {state.status === "idle" ? null : state.message}
      </p>
    </form>
  );
}

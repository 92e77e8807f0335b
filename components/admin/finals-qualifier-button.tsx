"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { makeFinalsQualifierAction } from "@/lib/actions/admin/make-finals-qualifier";
import type { FormState } from "@/lib/actions/form-state";

/** R11: makes this race its category's Finals qualifier; says what changed. */
export function FinalsQualifierButton({ raceId, raceName, category }: { raceId: number; raceName: string; category: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(makeFinalsQualifierAction, { status: "idle" });
  const t = useTranslations("admin.event");
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="raceId" value={raceId} />
      <button type="submit" disabled={pending} className="min-h-11 rounded-md border border-brand-700 px-3 text-brand-900 hover:bg-brand-50 disabled:opacity-70">
        {pending ? t("switching") : t("makeQualifier", { category })}
        <span className="sr-only"> ({raceName})</span>
      </button>
      <p aria-live="polite" className={`text-sm ${state.status === "error" ? "text-red-800" : "text-green-800"}`}>
        {state.status === "idle" ? null : state.message}
      </p>
    </form>
  );
}

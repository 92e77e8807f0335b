"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";

type RaceAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * One race-level admin action on the event page (R11: make it the qualifier; R20: declare its results
 * final): a button posting the race's id, and the action's answer beside it.
 */
export function RaceActionButton({ action, raceId, raceName, label, pendingLabel }: { action: RaceAction; raceId: number; raceName: string; label: string; pendingLabel: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, { status: "idle" });
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="raceId" value={raceId} />
      <button type="submit" disabled={pending} className="min-h-11 rounded-md border border-brand-700 px-3 text-brand-900 hover:bg-brand-50 disabled:opacity-70">
        {pending ? pendingLabel : label}
        <span className="sr-only"> ({raceName})</span>
      </button>
      <p aria-live="polite" className={`text-sm ${state.status === "error" ? "text-red-800" : "text-green-800"}`}>
        {state.status === "idle" ? null : state.message}
      </p>
    </form>
  );
}

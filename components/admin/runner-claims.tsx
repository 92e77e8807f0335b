"use client";

import { useActionState } from "react";
import { decideRunnerClaimAction, type DecideRunnerClaimState } from "@/lib/actions/admin/decide-runner-claim";
import { FormMessage } from "@/components/ui/form-message";

export interface RunnerClaimRow {
  id: number;
  createdAt: string;
  userEmail: string;
  userName: string | null;
  runnerName: string;
  externalId: string | null;
  birthYear: number | null;
}

export interface RunnerClaimsProps {
  claims: RunnerClaimRow[];
}

/** The pending claims, each with Approve and Reject (one form, the button says which). */
export function RunnerClaims({ claims }: RunnerClaimsProps) {
  const [state, formAction, pending] = useActionState<DecideRunnerClaimState, FormData>(decideRunnerClaimAction, {
    status: "idle",
  });
  return (
    <div className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      {claims.length === 0 ? (
        <p className="text-slate-700">No claim is waiting.</p>
      ) : (
        <ul className="space-y-3">
          {claims.map((claim) => (
            <li key={claim.id} className="rounded-md border border-slate-300 p-3">
              <p>
                <span className="font-medium">{claim.userEmail}</span>
                {claim.userName ? ` (${claim.userName})` : ""} claims runner{" "}
                <span className="font-medium">{claim.runnerName}</span>, id {claim.externalId ?? "none"}, born{" "}
                {claim.birthYear ?? "unknown"}.
              </p>
              <p className="text-sm text-slate-600">Filed {claim.createdAt}</p>
              <form action={formAction} className="mt-2 flex flex-wrap gap-2">
                <input type="hidden" name="claimId" value={claim.id} />
                <button
                  type="submit"
                  name="decision"
                  value="approve"
                  disabled={pending}
                  aria-label={`Approve the claim of ${claim.userEmail} to ${claim.runnerName}`}
                  className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-900"
                >
                  Approve
                </button>
                <button
                  type="submit"
                  name="decision"
                  value="reject"
                  disabled={pending}
                  aria-label={`Reject the claim of ${claim.userEmail} to ${claim.runnerName}`}
                  className="inline-flex min-h-11 items-center rounded-md border border-red-700 bg-white px-4 font-medium text-red-800 hover:bg-red-50"
                >
                  Reject
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

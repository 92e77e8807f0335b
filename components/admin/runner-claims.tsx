"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { decideRunnerClaimAction, type DecideRunnerClaimState } from "@/lib/actions/admin/decide-runner-claim";
import { FormMessage } from "@/components/ui/form-message";

export interface RunnerClaimRow {
  id: number;
  /** When it was filed, already formatted in the page's language. */
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
/** The two answers to a claim, the approval first. */
const DECISIONS = [
  { decision: "approve", className: "bg-brand-700 text-white hover:bg-brand-900" },
  { decision: "reject", className: "border border-red-700 bg-white text-red-800 hover:bg-red-50" },
] as const;

export function RunnerClaims({ claims }: RunnerClaimsProps) {
  const [state, formAction, pending] = useActionState<DecideRunnerClaimState, FormData>(decideRunnerClaimAction, {
    status: "idle",
  });
  const t = useTranslations("admin.claims");
  const strong = (chunks: ReactNode) => <span className="font-medium">{chunks}</span>;
  return (
    <div className="space-y-3">
      <FormMessage status={state.status} message={state.message} />
      {claims.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {claims.map((claim) => (
            <li key={claim.id} className="rounded-md border border-slate-300 p-3">
              <p>
                {t.rich(claim.userName ? "claimWithName" : "claim", {
                  strong,
                  email: claim.userEmail,
                  name: claim.userName ?? "",
                  runner: claim.runnerName,
                  externalId: claim.externalId ?? t("unknown"),
                  birthYear: claim.birthYear === null ? "unknown" : String(claim.birthYear),
                })}
              </p>
              <p className="text-sm text-slate-600">{t("filed", { when: claim.createdAt })}</p>
              <form action={formAction} className="mt-2 flex flex-wrap gap-2">
                <input type="hidden" name="claimId" value={claim.id} />
                {DECISIONS.map(({ decision, className }) => (
                  <button
                    key={decision}
                    type="submit"
                    name="decision"
                    value={decision}
                    disabled={pending}
                    aria-label={t(`${decision}Label`, { email: claim.userEmail, runner: claim.runnerName })}
                    className={`inline-flex min-h-11 items-center rounded-md px-4 font-medium ${className}`}
                  >
                    {t(decision)}
                  </button>
                ))}
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

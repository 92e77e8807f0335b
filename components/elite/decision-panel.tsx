import type { RequestHeader } from "@/lib/domain/requests";
import type { FinalsRace, Sex } from "@/lib/domain/types";
import { formatTimestamp, SEX_LABEL } from "@/lib/labels";
import { REQUEST_STATUS_LABEL } from "@/components/requests/labels";
import { DecisionForm } from "./decision-form";
import { reasonTemplates } from "./reason-templates";
import { StartReviewForm } from "./start-review-form";

export interface DecisionPanelProps {
  request: Omit<RequestHeader, "submittedAt"> & {
    decidedByName: string | null;
    decisionReason: string | null;
  };
  /** R14: the bibs of the race and sex an approval would use; null when none is set or the type uses none. */
  bibs: { editionYear: number; finalsRace: FinalsRace; sex: Sex; bibs: number; bibsUsed: number; remaining: number } | null;
  queue: string;
}

function bibsText(bibs: NonNullable<DecisionPanelProps["bibs"]>): string {
  return `${bibs.remaining} of ${bibs.bibs} bibs left in ${bibs.finalsRace} for ${SEX_LABEL[bibs.sex]} (${bibs.editionYear}; ${bibs.bibsUsed} used).`;
}

/** R14 / R17: the bibs the decision uses, "start review", and the decision with its reason (or the decision taken). */
export function DecisionPanel({ request, bibs, queue }: DecisionPanelProps) {
  const open = request.status === "submitted" || request.status === "in_review";
  const decided = request.status === "approved" || request.status === "rejected";
  return (
    <section aria-labelledby="decision-heading" className="space-y-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id="decision-heading" className="text-xl font-semibold">
        Decision
      </h2>
      {request.type === "category_change" ? (
        <p className={bibs?.remaining === 0 ? "font-medium text-red-800" : "font-medium"}>
          {bibs ? bibsText(bibs) : "No quota is set for this race and edition."}
        </p>
      ) : (
        <p className="text-slate-700">Approving uses no bib: {request.type === "priority_deferral" ? "a deferral moves a priority to the next Finals" : "an extension opens a window to qualify"}.</p>
      )}
      {open ? (
        <>
          <div className="space-y-1">
            <StartReviewForm requestId={request.id} submitted={request.status === "submitted"} />
            {request.status === "submitted" ? <p className="text-sm text-slate-600">Or decide now: the request is taken into review and decided in one step.</p> : null}
          </div>
          <DecisionForm
            requestId={request.id}
            queue={queue}
            templates={reasonTemplates(request.type, { editionYear: request.editionYear, race: request.toFinalsRace ?? request.fromFinalsRace })}
            {...(bibs ? { approveHint: `Uses one ${bibs.finalsRace} bib for ${SEX_LABEL[bibs.sex]}: ${bibs.remaining} left.` } : {})}
          />
        </>
      ) : decided ? (
        <div className={`space-y-1 rounded-lg border p-4 ${request.status === "approved" ? "border-emerald-600 bg-emerald-50" : "border-red-300 bg-red-50"}`}>
          <p className="font-semibold">
            {REQUEST_STATUS_LABEL[request.status]}
            {request.decidedByName ? ` by ${request.decidedByName}` : ""}
            {request.decidedAt ? ` on ${formatTimestamp(request.decidedAt)}` : ""}.
          </p>
          {request.decisionReason ? <p className="whitespace-pre-line">Reason: {request.decisionReason}</p> : null}
        </div>
      ) : (
        <p>The runner withdrew this request; there is nothing to decide.</p>
      )}
    </section>
  );
}

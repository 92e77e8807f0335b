import type { LedgerMovement } from "@/lib/domain/bib-ledger";
import { formatTimestamp, SEX_NAME } from "@/lib/labels";
import { MOVEMENT_LABEL } from "./ledger-view";

/** Every movement of the ledger, oldest first, with who decided it and why (elite team only). */
export function LedgerMovements({ movements }: { movements: LedgerMovement[] }) {
  if (movements.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-4">No movement yet in this edition.</p>;
  return (
    <ol className="space-y-2">
      {movements.map((m, i) => (
        <li key={`${m.kind}-${m.requestId ?? "q"}-${i}`} className="rounded-lg border border-slate-200 bg-white p-3">
          <p className="font-medium">
            {MOVEMENT_LABEL[m.kind]} · {m.finalsRace} {SEX_NAME[m.sex]} ({m.delta > 0 ? `+${m.delta}` : m.delta})
          </p>
          <p className="text-sm text-slate-700">
            <time dateTime={m.at}>{formatTimestamp(m.at)}</time>
            {m.runnerName ? ` · ${m.runnerName}` : ""}
            {m.requestId ? (
              <>
                {" · "}
                <a href={`/elite/requests/${m.requestId}`} className="text-brand-700 underline">
                  request #{m.requestId}
                </a>
              </>
            ) : null}
            {` · by ${m.byName ?? "the portal"}`}
          </p>
          {m.reason ? <p className="whitespace-pre-line break-words text-slate-800">{m.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}

import Link from "next/link";

export interface NotAvailableProps {
  reason: string;
  openRequestId: number | null;
}

/** Why a request cannot be made now, with a way to the open one when that is the reason. */
export function NotAvailable({ reason, openRequestId }: NotAvailableProps) {
  return (
    <div role="status" className="space-y-2 rounded-lg border border-slate-300 bg-slate-50 p-4">
      <p className="font-medium">You cannot make this request now.</p>
      <p>{reason}</p>
      {openRequestId !== null ? (
        <Link href={`/requests/${openRequestId}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
          See request #{openRequestId}
        </Link>
      ) : null}
    </div>
  );
}

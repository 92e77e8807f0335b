import Link from "next/link";
import { useTranslations } from "next-intl";

export interface NotAvailableProps {
  reason: string;
  openRequestId: number | null;
}

/** The way to the runner's open request of the same type, when that is why a new one cannot be made (R17). */
export function OpenRequestLink({ id }: { id: number }) {
  return (
    <Link href={`/requests/${id}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
      {useTranslations("requests")("seeRequest", { id })}
    </Link>
  );
}

/** Why a request cannot be made now, with a way to the open one when that is the reason. */
export function NotAvailable({ reason, openRequestId }: NotAvailableProps) {
  const t = useTranslations("requests");
  return (
    <div role="status" className="space-y-2 rounded-lg border border-slate-300 bg-slate-50 p-4">
      <p className="font-medium">{t("notAvailable")}</p>
      <p>{reason}</p>
      {openRequestId !== null ? <OpenRequestLink id={openRequestId} /> : null}
    </div>
  );
}

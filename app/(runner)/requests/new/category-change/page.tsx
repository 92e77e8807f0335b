import type { Metadata } from "next";
import { CategoryChangeForm } from "@/components/requests/category-change-form";
import { NewRequestLayout } from "@/components/requests/new-request-layout";
import { NotAvailable } from "@/components/requests/not-available";
import { loadRequestOptions } from "../load-request-options";

export const metadata: Metadata = { title: "Ask for a change of category" };
export const dynamic = "force-dynamic";

export default async function CategoryChangePage() {
  const { categoryChange, editionYear } = await loadRequestOptions("/requests/new/category-change");
  const moves = categoryChange.options.flatMap((o) => o.targets.filter((t) => t.eligibility.eligible).map((t) => ({ from: o.from, to: t.target })));
  const refused = categoryChange.options.flatMap((o) =>
    o.targets.flatMap((t) => (t.eligibility.eligible ? [] : [{ key: `${o.from}-${t.target}`, text: `${o.from} to ${t.target}: ${t.eligibility.reason}` }])),
  );
  return (
    <NewRequestLayout title="Ask for a change of category">
      <div className="space-y-2 text-slate-800">
        <p>
          You may ask to run the {editionYear} Finals race one category above or below the one you qualified for (OCC ↔ CCC ↔
          UTMB). The Sport Committee decides on your reason and on the bibs left in that race; ask as soon as you are
          qualified.
        </p>
        {refused.length > 0 ? (
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            {refused.map((r) => (
              <li key={r.key}>{r.text}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {categoryChange.eligibility.eligible && moves.length > 0 ? (
        <CategoryChangeForm moves={moves} />
      ) : (
        <NotAvailable reason={categoryChange.eligibility.eligible ? "No change of category is possible." : categoryChange.eligibility.reason} openRequestId={categoryChange.openRequestId} />
      )}
    </NewRequestLayout>
  );
}

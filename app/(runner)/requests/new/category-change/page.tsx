import type { Metadata } from "next";
import { CategoryChangeForm } from "@/components/requests/category-change-form";
import { NewRequestLayout, RequestTerms } from "@/components/requests/new-request-layout";
import { NotAvailable } from "@/components/requests/not-available";
import { refusalText } from "@/components/requests/refusal-text";
import { loadRequestOptions } from "../load-request-options";

export const metadata: Metadata = { title: "Ask for a change of category" };
export const dynamic = "force-dynamic";

export default async function CategoryChangePage() {
  const { categoryChange, editionYear } = await loadRequestOptions("/requests/new/category-change");
  const moves = categoryChange.options.flatMap((o) => o.targets.filter((t) => t.eligibility.eligible).map((t) => ({ from: o.from, to: t.target })));
  const refused = categoryChange.options.flatMap((o) =>
    o.targets.flatMap((t) => (t.eligibility.eligible ? [] : [{ key: `${o.from}-${t.target}`, text: `${o.from} to ${t.target}: ${refusalText(t.eligibility.refusal)}` }])),
  );
  const qualifiedFor = categoryChange.options.map((o) => o.from);
  return (
    <NewRequestLayout title="Ask for a change of category">
      <RequestTerms id="change-terms" heading="What this request relies on">
        <li>
          {qualifiedFor.length > 0
            ? `You are qualified for ${qualifiedFor.join(" and ")} at the ${editionYear} Finals.`
            : `You are not qualified for a ${editionYear} Finals race yet.`}
        </li>
        <li>You may ask for the race one category above or below (OCC ↔ CCC ↔ UTMB), never two, and a 20K result never leads to OCC.</li>
        <li>An age-group place at a Major (R12) cannot change category.</li>
        <li>Ask as soon as you are qualified: the Sport Committee decides on your reason and on the bibs left in that race.</li>
        <li>Documents are optional.</li>
      </RequestTerms>
      {refused.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {refused.map((r) => (
            <li key={r.key}>{r.text}</li>
          ))}
        </ul>
      ) : null}
      {categoryChange.eligibility.eligible && moves.length > 0 ? (
        <CategoryChangeForm moves={moves} />
      ) : (
        <NotAvailable
          reason={categoryChange.eligibility.eligible ? "No change of category is possible." : refusalText(categoryChange.eligibility.refusal)}
          openRequestId={categoryChange.openRequestId}
        />
      )}
    </NewRequestLayout>
  );
}

import Link from "next/link";
import type { RequestOptions } from "@/lib/domain/request-options";
import type { Eligibility } from "@/lib/domain/requests";
import { refusalText } from "./refusal-text";

export interface NewRequestLinksProps {
  options: Pick<RequestOptions, "editionYear" | "categoryChange" | "priorityDeferral" | "extension" | "topElite">;
}

interface Choice {
  key: string;
  title: string;
  description: string;
  href: string;
  eligibility: Eligibility;
  openRequestId: number | null;
}

/** One card per request type: a link when the runner may ask, else the reason why not (R14-R16). */
export function NewRequestLinks({ options }: NewRequestLinksProps) {
  const choices: Choice[] = [
    {
      key: "category-change",
      title: "Change of category",
      description: "Run the Finals race one category above or below the one you qualified for.",
      href: "/requests/new/category-change",
      eligibility: options.categoryChange.eligibility,
      openRequestId: options.categoryChange.openRequestId,
    },
    {
      key: "priority-deferral",
      title: "Priority deferral",
      description: `Injured after registering for the ${options.editionYear} Finals: keep your priority for next year.`,
      href: "/requests/new/priority-deferral",
      eligibility: options.priorityDeferral.eligibility,
      openRequestId: options.priorityDeferral.openRequestId,
    },
    {
      key: "extension",
      title: "Qualification extension",
      description: "Injured during the qualification period: qualify until June 30 instead.",
      href: "/requests/new/extension",
      eligibility: options.extension.eligibility,
      openRequestId: options.extension.openRequestId,
    },
    {
      key: "top-elite",
      title: "Top Elite period",
      description: `Top Elite runners may qualify over 18 months, until June of the ${options.editionYear} Finals year.`,
      href: "/requests/new/top-elite",
      eligibility: options.topElite.eligibility,
      openRequestId: options.topElite.openRequestId,
    },
  ];
  return (
    <section aria-labelledby="new-request-heading" className="space-y-3">
      <h2 id="new-request-heading" className="text-xl font-semibold">
        Make a request
      </h2>
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        {choices.map((c) => (
          <li key={c.key} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
            <h3 className="font-semibold">{c.title}</h3>
            <p className="text-sm text-slate-700">{c.description}</p>
            <div className="mt-auto pt-2">
              {c.eligibility.eligible ? (
                <Link
                  href={c.href}
                  className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-900"
                >
                  Ask for a {c.title.toLowerCase()}
                </Link>
              ) : (
                <div className="space-y-1">
                  <p className="text-sm text-slate-800">
                    <span className="font-medium">Not available: </span>
                    {refusalText(c.eligibility.refusal)}
                  </p>
                  {c.openRequestId !== null ? (
                    <Link href={`/requests/${c.openRequestId}`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
                      See request #{c.openRequestId}
                    </Link>
                  ) : null}
                </div>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

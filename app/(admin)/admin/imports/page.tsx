import type { Metadata } from "next";
import { ResultsImportForm } from "@/components/admin/results-import-form";
import { requireRole } from "@/lib/auth/session";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Import results" };
export const dynamic = "force-dynamic";

export default async function AdminImportsPage() {
  await requireRole("admin");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Import results</h1>
      <p className="text-slate-700">
        Upload a race&apos;s results. A file with any problem is refused whole, with every problem listed by line; an accepted
        file updates only what changed and recomputes the race&apos;s qualifications at once. Timing providers can send the
        same file to the API with a token from <a className="underline" href="/admin/tokens">API tokens</a>.
      </p>
      <ResultsImportForm maxMb={env.IMPORT_MAX_MB} />
    </div>
  );
}

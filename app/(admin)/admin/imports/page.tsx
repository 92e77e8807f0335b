import type { Metadata } from "next";
import Link from "next/link";
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
        Upload a race&apos;s results. A file is refused whole only for what would make an answer wrong, with every problem
        listed by line; what decides nothing is kept with a warning. An accepted file is the race&apos;s full list (unless it
        is part of the race), and the race&apos;s qualifications are recomputed at once. Preview first to see what would
        change. Timing providers can send the same file to the API with a token from{" "}
        <Link className="underline" href="/admin/tokens">
          API tokens
        </Link>
        . The{" "}
        <Link className="underline" href="/admin/events">
          events
        </Link>{" "}
        page lists each event&apos;s races and which one qualifies (R11);{" "}
        <Link className="underline" href="/admin/imports/history">
          past imports
        </Link>{" "}
        shows what each import did.
      </p>
      <ResultsImportForm maxMb={env.IMPORT_MAX_MB} />
    </div>
  );
}

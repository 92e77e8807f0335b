import type { Metadata } from "next";
import { LinkRunnerAccountForm } from "@/components/admin/link-runner-account-form";
import { RunnerClaims } from "@/components/admin/runner-claims";
import { getDb } from "@/db";
import { requireRole } from "@/lib/auth/session";
import { listPendingRunnerClaims } from "@/lib/data/runner-claims";

export const metadata: Metadata = { title: "Link an account to a runner" };

export default async function AdminLinkRunnerPage() {
  await requireRole("admin");
  const claims = await listPendingRunnerClaims(await getDb());
  return (
    <div className="max-w-2xl space-y-8">
      <h1 className="text-2xl font-bold">Link an account to a runner</h1>
      <section aria-labelledby="claims-heading" className="space-y-3">
        <h2 id="claims-heading" className="text-xl font-semibold">
          Claims waiting for approval
        </h2>
        <p className="text-slate-700">
          A runner&apos;s id, name and birth year matched this record. They are public facts, so check the person
          (for example by email or phone) before approving: the link gives the account the runner&apos;s results and
          requests, and is recorded in the audit trail.
        </p>
        <RunnerClaims
          claims={claims.map((c) => ({
            id: c.id,
            createdAt: c.createdAt.toISOString().slice(0, 16).replace("T", " "),
            userEmail: c.userEmail,
            userName: c.userName,
            runnerName: c.runnerName,
            externalId: c.externalId,
            birthYear: c.birthYear,
          }))}
        />
      </section>
      <section aria-labelledby="manual-heading" className="max-w-md space-y-3">
        <h2 id="manual-heading" className="text-xl font-semibold">
          Link by hand
        </h2>
        <p className="text-slate-700">
          For runners who cannot prove their identity online. Check their identity first: the link is recorded in the
          audit trail.
        </p>
        <LinkRunnerAccountForm />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { LinkRunnerAccountForm } from "@/components/admin/link-runner-account-form";
import { requireRole } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Link an account to a runner" };

export default async function AdminLinkRunnerPage() {
  await requireRole("admin");
  return (
    <div className="max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Link an account to a runner</h1>
      <p className="text-slate-700">
        For runners who cannot prove their identity online. Check their identity first: the link gives the account
        access to the runner&apos;s results and requests, and is recorded in the audit trail.
      </p>
      <LinkRunnerAccountForm />
    </div>
  );
}

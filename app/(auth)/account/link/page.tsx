import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LinkRunnerForm } from "@/components/auth/link-runner-form";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Link your runner profile" };

export default async function LinkRunnerPage() {
  const user = await requireUser("/account/link");
  if (user.runnerId !== null) redirect("/dashboard");
  return (
    <>
      <h1 className="text-2xl font-bold">Link your runner profile</h1>
      <p className="text-slate-700">
        To show your results and qualifications, we link your account to your UTMB runner profile. Enter your runner
        id, your full name as it appears in race results, and your birth year; an administrator checks them and
        approves the link, after which your dashboard shows your results.
      </p>
      <LinkRunnerForm defaultName={user.name ?? undefined} />
    </>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LinkRunnerForm } from "@/components/auth/link-runner-form";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.link"))("title") };
}

export default async function LinkRunnerPage() {
  const user = await requireUser("/account/link");
  if (user.runnerId !== null) redirect("/dashboard");
  const t = await getTranslations("auth.link");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <LinkRunnerForm defaultName={user.name ?? undefined} />
    </>
  );
}

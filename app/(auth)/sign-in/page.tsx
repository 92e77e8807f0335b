import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/app/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, user, t] = await Promise.all([searchParams, getCurrentUser(), getTranslations("auth.signIn")]);
  const callbackUrl = firstParam(params, "callbackUrl");
  if (user) redirect(safeCallbackPath(callbackUrl));
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {firstParam(params, "reset") === "1" ? (
        <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">{t("passwordChanged")}</p>
      ) : null}
      {firstParam(params, "confirmed") === "1" ? (
        <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">{t("confirmed")}</p>
      ) : null}
      {firstParam(params, "confirmed") === "0" ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">{t("confirmFailed")}</p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/limits";
import { firstParam, type SearchParams } from "@/app/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, t] = await Promise.all([searchParams, getTranslations("auth.reset")]);
  const token = firstParam(params, "token");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {token ? (
        <ResetPasswordForm token={token} passwordMinLength={PASSWORD_MIN_LENGTH} />
      ) : (
        <p>
          {t.rich("incomplete", {
            link: (chunks) => (
              <Link href="/forgot-password" className="text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/limits";
import { firstParam, type SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const token = firstParam(await searchParams, "token");
  return (
    <>
      <h1 className="text-2xl font-bold">Choose a new password</h1>
      {token ? (
        <ResetPasswordForm token={token} passwordMinLength={PASSWORD_MIN_LENGTH} />
      ) : (
        <p>
          This reset link is incomplete. Open the link from the email again, or{" "}
          <Link href="/forgot-password" className="text-brand-700 underline">
            ask for a new one
          </Link>
          .
        </p>
      )}
    </>
  );
}

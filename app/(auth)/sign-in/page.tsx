import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getCurrentUser } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, user] = await Promise.all([searchParams, getCurrentUser()]);
  const callbackUrl = firstParam(params, "callbackUrl");
  if (user) redirect(safeCallbackPath(callbackUrl));
  return (
    <>
      <h1 className="text-2xl font-bold">Sign in</h1>
      {firstParam(params, "reset") === "1" ? (
        <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          Your password has been changed. Sign in with your new password.
        </p>
      ) : null}
      {firstParam(params, "confirmed") === "1" ? (
        <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          Your account is confirmed. Sign in to link your runner profile.
        </p>
      ) : null}
      {firstParam(params, "confirmed") === "0" ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          This confirmation link is invalid, expired or already used. If your account is not confirmed yet, sign up
          again to get a new link.
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
    </>
  );
}

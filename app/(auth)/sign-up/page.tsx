import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/limits";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Create your account" };

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <>
      <h1 className="text-2xl font-bold">Create your account</h1>
      <p className="text-slate-700">
        Then link your UTMB runner profile to see your qualification status for the Finals.
      </p>
      <SignUpForm passwordMinLength={PASSWORD_MIN_LENGTH} />
    </>
  );
}

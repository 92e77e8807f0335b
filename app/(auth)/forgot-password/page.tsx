import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      <p className="text-slate-700">Enter the email of your account and we will send you a link to choose a new password.</p>
      <ForgotPasswordForm />
      <p>
        <Link href="/sign-in" className="inline-flex min-h-11 items-center text-brand-700 underline">
          Back to sign in
        </Link>
      </p>
    </>
  );
}

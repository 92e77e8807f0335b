"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { signOutUser } from "@/lib/actions/auth/sign-out-user";

function Button() {
  const { pending } = useFormStatus();
  const t = useTranslations("header");
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 font-medium hover:bg-slate-100 disabled:opacity-70"
    >
      {pending ? t("signingOut") : t("signOut")}
    </button>
  );
}

/** The header's sign-out: a form posting to the server action, so it works before JavaScript loads. */
export function SignOutButton() {
  return (
    <form action={signOutUser}>
      <Button />
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { HeaderIcon } from "@/components/header-icon";
import { signOutAction } from "@/lib/actions/auth/sign-out-user";

function Button() {
  const { pending } = useFormStatus();
  const t = useTranslations("header");
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 px-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-70 sm:px-3 sm:text-base"
    >
      {/* On a phone the icon alone; the words stay the button's name. */}
      <HeaderIcon name="sign-out" className="h-5 w-5 sm:hidden" />
      <span className="sr-only sm:not-sr-only">{pending ? t("signingOut") : t("signOut")}</span>
    </button>
  );
}

/** The header's sign-out: a form posting to the server action, so it works before JavaScript loads. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <Button />
    </form>
  );
}

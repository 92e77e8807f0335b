"use client";

import { useFormStatus } from "react-dom";
import { signOutUser } from "@/lib/actions/auth/sign-out-user";

function Button() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-70 sm:px-3 sm:text-base"
    >
      {pending ? "Signing out…" : "Sign out"}
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

"use server";

import { signOut } from "@/auth";

/** Ends the session and returns to the home page. */
export async function signOutUser(): Promise<void> {
  // Signing out needs no check: without a session it is a no-op. signOut throws NEXT_REDIRECT.
  await signOut({ redirectTo: "/" });
}
